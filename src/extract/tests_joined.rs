//! Table-driven tests of names on general news that hold "and" or a place
//! inside, decided from their own evidence: a trade or a place, "and", and
//! a trade's or place's words ending in a company head or legal suffix are
//! one organisation ("the Energy and Mines Ministry", "Bristol and West
//! Building Society"), but not after a preposition, a place and comma, or
//! with a second name after "and"; a place and "City" are one city
//! ("Atlantic City"); a compass adjective after a place continues a firm's
//! name ("Texas Eastern", "Norfolk Southern Corp"); a place in brackets
//! after a firm's name names its unit ("Corvane Corp (Canada) unit"); a
//! person's name before a firm's holdings or parts is a firm's ("Warrick
//! shares", "its Harold Venn unit"); "American said it" is a firm; so is
//! a one-word name that "said it is selling its" stake; a place that
//! speaks and is a word of a person's name is the person ("Valencia said"
//! after "Javier Valencia Ortiz"); "London interbank offered rate"; a
//! town before a state's abbreviation ("in Cherry Hill, N.J.").
//! Every sentence is written for these tests.

use super::test_table::{check_cases, Case};
use super::EntityType;
use EntityType::*;

const CASES: &[Case] = &[
    (
        "a trade, 'and', a trade and a head are one ministry or firm",
        "Figures from the Energy and Mines Ministry showed a fall in output. \
         Ridley Smelting and Refining Co would expand output.",
        &[
            ("Energy and Mines Ministry", Organisation),
            ("Ridley Smelting and Refining Co", Organisation),
        ],
        &[
            ("Mines Ministry", Organisation),
            ("Refining Co", Organisation),
            ("Ridley Smelting", Organisation),
        ],
    ),
    (
        "a place and a trade before 'and' open the name too",
        "The Manitoba Mortgage and Housing Corp said it would issue bonds.",
        &[("Manitoba Mortgage and Housing Corp", Organisation)],
        &[
            ("Manitoba Mortgage", Organisation),
            ("Housing Corp", Organisation),
        ],
    ),
    (
        "a place alone, 'and', and a place's or trade's words with a suffix are one firm",
        "Its subsidiary, Denver and Southern Pipeline Co, sold the line. \
         The Indiana and Arkansas Electric Co said demand rose.",
        &[
            ("Denver and Southern Pipeline Co", Organisation),
            ("Indiana and Arkansas Electric Co", Organisation),
        ],
        &[
            ("Denver", Location),
            ("Indiana", Location),
            ("Southern Pipeline Co", Organisation),
        ],
    ),
    (
        "two banks' heads joined by 'and' before legal suffixes are one bank",
        "Kelso Trust and Banking Co Ltd has agreed to provide the letter of credit.",
        &[("Kelso Trust and Banking Co Ltd", Organisation)],
        &[
            ("Kelso Trust", Organisation),
            ("Banking Co Ltd", Organisation),
        ],
    ),
    (
        "a state's name before legal suffixes ends the firm's name",
        "Korvath Exploration and Production Canada Ltd drilled two wells.",
        &[(
            "Korvath Exploration and Production Canada Ltd",
            Organisation,
        )],
        &[],
    ),
    (
        "after a preposition or a town and comma the place is the place",
        "The loans were made by Grange Bank in Ohio and Fidelity Trust Co last year. \
         It bought Farmers Bank of Milltown, Ohio and Harbor Savings Bank.",
        &[
            ("Ohio", Location),
            ("Fidelity Trust Co", Organisation),
            ("Harbor Savings Bank", Organisation),
        ],
        &[("Ohio and Fidelity Trust Co", Organisation)],
    ),
    (
        "a state's abbreviation or a pair of exchanges split",
        "Japanese and U.S. Defence officials met. \
         The shares trade on the Montreal and Vancouver Stock Exchange.",
        &[
            ("Montréal", Location),
            ("Japan", Country),
            ("United States", Country),
        ],
        &[
            ("Japanese and U.S. Defence", Organisation),
            ("Montreal and Vancouver Stock Exchange", Organisation),
        ],
    ),
    (
        "a place and 'City' are one city",
        "The casino in Atlantic City will open in May, Harlan said.",
        &[("Atlantic City", Location)],
        &[("Atlantic Ocean", Location)],
    ),
    (
        "a compass adjective after a place continues a firm's name",
        "Shares of Texas Eastern rose after the bid. Norfolk Southern Corp said traffic rose. \
         The Illinois Central Gulf Railroad will sell the line.",
        &[
            ("Texas Eastern", Organisation),
            ("Norfolk Southern Corp", Organisation),
            ("Illinois Central Gulf Railroad", Organisation),
        ],
        &[
            ("Texas", Location),
            ("Norfolk", Location),
            ("Illinois", Location),
        ],
    ),
    (
        "a compass adjective before a place leaves the place a place",
        "Heavy rain fell over Southern California and Eastern Europe.",
        &[("California", Location), ("Eastern Europe", Location)],
        &[("Southern California", Organisation)],
    ),
    (
        "a place in brackets after a firm's name names its unit, not the place",
        "A Corvane Corp (Canada) unit will close the plant. \
         Halden Securities (Japan) official Tom Price said volumes fell.",
        &[
            ("Corvane Corp", Organisation),
            ("Halden Securities", Organisation),
            ("Tom Price", Person),
        ],
        &[("Canada", Country), ("Japan", Country)],
    ),
    (
        "a place in brackets and words before a legal suffix are one firm's name",
        "Temple Motors (Australia) Finance Ltd is issuing notes.",
        &[("Temple Motors (Australia) Finance Ltd", Organisation)],
        &[("Australia", Country)],
    ),
    (
        "a state's own acronym in brackets stays the state",
        "Oil ministers of the United Arab Emirates (UAE) met on Monday.",
        &[("United Arab Emirates", Country)],
        &[],
    ),
    (
        "a person's name before a firm's holdings or parts is a firm's",
        "Dudley Warrick founded the group. Warrick shares rose two dlrs. \
         It sold its Harold Venn unit last year.",
        &[
            ("Dudley Warrick", Person),
            ("Warrick", Organisation),
            ("Harold Venn", Organisation),
        ],
        &[("Harold Venn", Person)],
    ),
    (
        "a plan or bill named after a person leaves the person a person",
        "Gephardt said the Gephardt plan would pass.",
        &[("Gephardt", Person)],
        &[("Gephardt", Organisation)],
    ),
    (
        "a demonym in -an alone as a subject or possessor is a firm's short name",
        "Industry sources said American will buy 25 planes. \
         The merger would raise American's share of the market.",
        &[("American", Organisation)],
        &[("United States", Country)],
    ),
    (
        "with an article, or a demonym of a people, it stays the state",
        "An American said the talks failed. Japanese will be aiming for new business.",
        &[("United States", Country), ("Japan", Country)],
        &[("American", Organisation)],
    ),
    (
        "a one-word name that says it is doing something to its holdings is a firm",
        "Quorvane said it is selling its 50 pct interest in the venture. \
         Hollister said it was heartening that the talks resumed.",
        &[("Quorvane", Organisation), ("Hollister", Person)],
        &[("Quorvane", Person)],
    ),
    (
        "a place that speaks and is a word of a person's full name is the person",
        "Javier Valencia Ortiz heads the board. Valencia said prices would fall.",
        &[("Javier Valencia", Person)],
        &[("Valencia", Location)],
    ),
    (
        "a place that does not speak stays the place",
        "Exports from Valencia rose, the board said.",
        &[("Valencia", Location)],
        &[],
    ),
    (
        "a place before 'interbank offered' names the rate",
        "The loan carries interest at half a point over London interbank offered rates.",
        &[],
        &[("London", Location)],
    ),
    (
        "a name after a preposition and before a comma and a state is a town",
        "Sunlaw Energy Corp of Beverly Hills, Calif., said it would merge. \
         The company opened a plant in Cherry Hill, N.J., last year.",
        &[
            ("Sunlaw Energy Corp", Organisation),
            ("Beverly Hills", Location),
            ("Cherry Hill", Location),
        ],
        &[
            ("Beverly Hills", Person),
            ("Cherry Hill", Person),
            ("Calif", Organisation),
        ],
    ),
    (
        "a person of a town stays a person",
        "Analyst Mary Rowe of Houston, Texas, said prices would rise.",
        &[("Mary Rowe", Person), ("Houston", Location)],
        &[],
    ),
    (
        "'INc', a slip of the shift key, is a legal suffix",
        "R. Kessel and Son INc said it reached an agreement. Halvorsen Marine INc said profits rose.",
        &[
            ("R. Kessel and Son INc", Organisation),
            ("Halvorsen Marine INc", Organisation),
        ],
        &[("R. Kessel", Person), ("Halvorsen Marine INc", Person)],
    ),
    (
        "a common word opening a sentence opens a thrift's or a bracketed firm's name",
        "Home Federal Savings and Loan Association said it filed an application. \
         Industrial Equity (Pacific) Ltd, an investment firm, raised its stake.",
        &[
            ("Home Federal Savings and Loan Association", Organisation),
            ("Industrial Equity (Pacific) Ltd", Organisation),
        ],
        &[
            ("Federal Savings and Loan Association", Organisation),
            ("Equity (Pacific) Ltd", Organisation),
        ],
    ),
    (
        "a state's adjective and one word that say 'it' or own shares are a firm",
        "Canadian Quorex said it would close two stores. Trading in Danish Velbo shares was halted.",
        &[
            ("Canadian Quorex", Organisation),
            ("Danish Velbo", Organisation),
        ],
        &[("Canada", Country), ("Denmark", Country)],
    ),
    (
        "a public body's head after the adjective leaves the state",
        "The Italian Treasury said it would sell bonds.",
        &[("Italy", Country)],
        &[("Italian Treasury", Person)],
    ),
];

#[test]
fn names_with_and_inside() {
    check_cases(CASES);
}

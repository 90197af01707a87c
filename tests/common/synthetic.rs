//! A deterministic synthetic corpus for benchmarks: `n` articles of about
//! 800 words about one invented story. Each article retells a random subset
//! of shared facts in varied words (so claims align across articles) and adds
//! sentences of its own (so most units stay unique), like real coverage.
//! Shared by the criterion benchmark and the in-browser timing.

use parallax::analysis::ArticleSource;

/// A small xorshift generator: reproducible everywhere, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PEOPLE: &[&str] = &[
    "Mayor Lena Ortiz",
    "Councillor David Brandt",
    "Police Chief Amara Cole",
    "Governor Ruth Calloway",
    "Senator Paul Whitaker",
    "Judge Helen Park",
    "Director Omar Haddad",
    "Professor Ines Duarte",
];
const ORGS: &[&str] = &[
    "the city council",
    "Harbor Logistics",
    "the state health department",
    "Northfield Bank",
    "the transit authority",
    "Greenway Energy",
    "the county court",
    "the teachers' union",
];
const VERBS: &[&str] = &[
    "contacted",
    "reached out to",
    "approached",
    "criticised",
    "praised",
    "sued",
    "paid",
    "hired",
    "rejected",
    "turned down",
    "investigated",
    "questioned",
    "funded",
    "warned",
];
const OBJECTS: &[&str] = &[
    "the bridge contract",
    "the budget proposal",
    "a housing plan",
    "the water report",
    "the pension fund",
    "a zoning appeal",
    "the audit findings",
    "a new stadium deal",
];
const WHEN: &[&str] = &[
    "on Monday",
    "last week",
    "in March 2021",
    "early June 2022",
    "on July 29, 2016",
    "after the vote",
    "before the election",
    "late on Friday",
];
const FILLER: &[&str] = &[
    "residents",
    "weather",
    "traffic",
    "market",
    "schools",
    "festival",
    "river",
    "hospital",
    "library",
    "downtown",
    "farmers",
    "tourism",
    "airport",
    "museum",
    "parking",
    "gardens",
    "volunteers",
    "neighbours",
    "harvest",
    "concert",
    "bakery",
    "cyclists",
    "ferry",
    "orchard",
];

fn sentence(rng: &mut Rng, fact: u64) -> String {
    // A fact fixes who did what to which object; the wording varies.
    let mut f = Rng(fact.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let who = f.pick(PEOPLE);
    let org = f.pick(ORGS);
    let obj = f.pick(OBJECTS);
    let amount = 1 + f.next() % 90;
    let when = f.pick(WHEN);
    let verb = rng.pick(VERBS);
    match rng.next() % 3 {
        0 => format!("{who} {verb} {org} about {obj} {when}, a deal worth ${amount} million."),
        1 => format!("According to officials, {org} was {verb} by {who} over {obj}, worth about ${amount} million."),
        _ => format!("{when}, {who} {verb} {org} regarding {obj} and its ${amount} million cost."),
    }
}

fn filler(rng: &mut Rng) -> String {
    let words: Vec<&str> = (0..14).map(|_| rng.pick(FILLER)).collect();
    format!(
        "Meanwhile the {} gathered near the {} as {} and {} filled the {} on {}.",
        words[0], words[1], words[2], words[3], words[4], words[5]
    )
}

/// `n` articles, each about `words` words.
pub fn corpus(n: usize, words: usize) -> Vec<ArticleSource> {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    (0..n)
        .map(|i| {
            let mut text = format!("Report {i}: officials and the deal\n\n");
            let mut count = 0;
            let mut in_paragraph = 0;
            while count < words {
                let s = if rng.next() % 2 == 0 {
                    let fact = rng.next() % 60;
                    sentence(&mut rng, fact)
                } else {
                    filler(&mut rng)
                };
                count += s.split_whitespace().count();
                text.push_str(&s);
                in_paragraph += 1;
                text.push_str(if in_paragraph % 4 == 0 { "\n\n" } else { " " });
            }
            ArticleSource {
                slug: format!("a{i}"),
                label: format!("O{i}"),
                ..ArticleSource::from_text(&format!("Outlet {i}"), &text)
            }
        })
        .collect()
}

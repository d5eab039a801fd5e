//! Long requirement sets are shown one area at a time. A NIST SP 800-53 audit asks ~1,200
//! requirements; on one page that is megabytes of HTML for each bid, and a supplier's form
//! that cannot be sent at all. Up to `ONE_PAGE_UP_TO` requirements everything stays on one
//! page (with the areas as a table of contents); above it each page holds one area, chosen
//! by its number in the set's order (`?area=3`), so links stay valid for a frozen set.

use tillit_domain::procurement::tender::FrozenItem;

/// Sets up to this size are shown whole; larger ones an area per page.
pub const ONE_PAGE_UP_TO: usize = 150;

pub struct AreaTab {
    /// 1-based, in the order the areas first appear in the set.
    pub number: usize,
    pub name: String,
    pub count: usize,
    pub current: bool,
}

pub struct Areas {
    pub tabs: Vec<AreaTab>,
    /// The area shown; None when the whole set is on the page.
    pub current: Option<usize>,
    /// The whole set may be shown on one page (it is small enough).
    pub whole_allowed: bool,
}

impl Areas {
    /// Which part of `items` a page shows, for the `area` asked in its address.
    pub fn choose(items: &[FrozenItem], asked: Option<&str>) -> Areas {
        let mut tabs: Vec<AreaTab> = vec![];
        for i in items {
            match tabs.iter_mut().find(|t| t.name == i.area) {
                Some(t) => t.count += 1,
                None => tabs.push(AreaTab { number: tabs.len() + 1, name: i.area.clone(), count: 1, current: false }),
            }
        }
        let whole_allowed = items.len() <= ONE_PAGE_UP_TO;
        let asked = asked.and_then(|a| a.trim().parse::<usize>().ok()).filter(|n| *n >= 1 && *n <= tabs.len());
        let current = match asked {
            Some(n) => Some(n),
            None if whole_allowed || tabs.is_empty() => None,
            None => Some(1),
        };
        if let Some(n) = current {
            tabs[n - 1].current = true;
        }
        Areas { tabs, current, whole_allowed }
    }

    /// The name of the area shown, if one is.
    pub fn current_name(&self) -> Option<&str> {
        self.current.map(|n| self.tabs[n - 1].name.as_str())
    }

    /// Whether a requirement of `area` is on this page.
    pub fn shows(&self, area: &str) -> bool {
        self.current_name().is_none_or(|c| c == area)
    }

    /// The area after the one shown, for "save and go on".
    pub fn next(&self) -> Option<usize> {
        self.current.filter(|n| *n < self.tabs.len()).map(|n| n + 1)
    }

    /// More than one area: a table of contents is worth showing.
    pub fn several(&self) -> bool {
        self.tabs.len() > 1
    }

    /// `?area=N` for the page shown, empty for the whole set.
    pub fn query(&self) -> String {
        self.current.map(|n| format!("?area={n}")).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tillit_domain::procurement::requirement_set::Kind;

    fn items(n: usize, areas: usize) -> Vec<FrozenItem> {
        (0..n)
            .map(|i| FrozenItem {
                requirement_id: format!("r{i}"),
                catalogue: "c".into(),
                reference: format!("R{i}"),
                area: format!("Area {}", i * areas / n),
                text: String::new(),
                original_text: String::new(),
                kind: Kind::Must,
                weight: 0,
            })
            .collect()
    }

    #[test]
    fn a_small_set_is_one_page_and_an_area_can_be_picked() {
        let set = items(46, 4);
        let a = Areas::choose(&set, None);
        assert_eq!(a.current, None);
        assert!(a.shows("Area 2") && a.whole_allowed && a.several());
        let a = Areas::choose(&set, Some("2"));
        assert_eq!(a.current_name(), Some("Area 1"));
        assert!(!a.shows("Area 0") && a.shows("Area 1"));
        assert_eq!((a.next(), a.query().as_str()), (Some(3), "?area=2"));
    }

    #[test]
    fn a_large_set_starts_at_its_first_area_and_ignores_nonsense() {
        let set = items(1209, 50);
        let a = Areas::choose(&set, None);
        assert_eq!((a.current, a.tabs.len(), a.whole_allowed), (Some(1), 50, false));
        assert_eq!(a.tabs.iter().map(|t| t.count).sum::<usize>(), 1209);
        for nonsense in ["0", "51", "x", "", "-1"] {
            assert_eq!(Areas::choose(&set, Some(nonsense)).current, Some(1), "{nonsense}");
        }
        assert_eq!(Areas::choose(&set, Some("50")).next(), None);
    }
}

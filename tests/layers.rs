//! The crate's import graph, read from `src/` at test time.
//!
//! (a) Layering: a top-level module does not import from the modules above it (see
//!     [`MAY_NOT_IMPORT`]).
//! (b) No cycles: among files, following every `use` and every path written in code
//!     (`crate::…`, `super::…`, `self::…`, `$crate::…`, a child module's name), an import never
//!     leads back to the file it came from.
//!
//! A path is resolved to the file that *defines* what it names: `crate::ui::now` goes through
//! `ui/mod.rs`'s `pub use app::now` to `ui/app.rs`. A module re-exporting its own descendants
//! (`pub use plan::*` in `model/mod.rs`) is a facade: that re-export is followed by importers but
//! is not an edge of its own. Every other re-export is an import like any other.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level module → the top-level modules it may not import from.
/// A module without a row may import anything; a row for a module not (yet) in `src/` is skipped.
const MAY_NOT_IMPORT: &[(&str, &[&str])] = &[
    (
        "model",
        &[
            "scoring",
            "format",
            "export",
            "storage",
            "session",
            "charts",
            "ui",
            "worksheet",
        ],
    ),
    ("scoring", &["ui", "session", "storage", "charts", "export"]),
    ("storage", &["ui", "session"]),
    ("session", &["ui"]),
    ("charts", &["ui"]),
    ("worksheet", &["ui", "export"]),
];

/// Cycles let through for now, each exactly the set of files in one cycle (sorted): none. A
/// listed cycle that is gone also fails, so the list only shrinks.
const KNOWN_CYCLES: &[&[&str]] = &[];

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// An identifier, keyword or number; `$crate` and `r#x` as written without the `r#`.
    Word(String),
    /// `::`
    Sep,
    Punct(char),
}

/// Rust source to tokens, without comments, strings or character literals.
fn tokens(src: &str) -> Vec<(Tok, usize)> {
    let s: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let word = |c: char| c.is_alphanumeric() || c == '_';
    while i < s.len() {
        let c = s[i];
        let next = s.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < s.len() && s[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < s.len() {
                if s[i] == '/' && s.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if s[i] == '*' && s.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(s[i] == '\n');
                    i += 1;
                }
            }
        } else if c == '"' {
            i += 1;
            while i < s.len() && s[i] != '"' {
                if s[i] == '\\' {
                    i += 1;
                }
                line += usize::from(s.get(i) == Some(&'\n'));
                i += 1;
            }
            i += 1;
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{1F600}') or a lifetime / label ('a).
            if next == Some('\\') {
                i += 2;
                while i < s.len() && s[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if s.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if word(c) {
            let start = i;
            while i < s.len() && word(s[i]) {
                i += 1;
            }
            let w: String = s[start..i].iter().collect();
            // Raw strings: r"…", r#"…"#, br"…", cr#"…"#.
            let raw_prefix = matches!(w.as_str(), "r" | "br" | "cr");
            if raw_prefix && matches!(s.get(i), Some('"') | Some('#')) {
                let mut hashes = 0;
                while s.get(i + hashes) == Some(&'#') {
                    hashes += 1;
                }
                if s.get(i + hashes) == Some(&'"') {
                    i += hashes + 1;
                    loop {
                        if i >= s.len() {
                            break;
                        }
                        if s[i] == '"' && (0..hashes).all(|h| s.get(i + 1 + h) == Some(&'#')) {
                            i += 1 + hashes;
                            break;
                        }
                        line += usize::from(s[i] == '\n');
                        i += 1;
                    }
                    continue;
                }
                if w == "r" && hashes == 1 && s.get(i + 1).is_some_and(|&c| word(c)) {
                    // r#ident
                    i += 1;
                    let start = i;
                    while i < s.len() && word(s[i]) {
                        i += 1;
                    }
                    out.push((Tok::Word(s[start..i].iter().collect()), line));
                    continue;
                }
            }
            // b"…", c"…", b'x'
            if matches!(w.as_str(), "b" | "c") && matches!(s.get(i), Some('"') | Some('\'')) {
                continue;
            }
            out.push((Tok::Word(w), line));
        } else if c == ':' && next == Some(':') {
            out.push((Tok::Sep, line));
            i += 2;
        } else if c == '$' && next.is_some_and(word) {
            let start = i;
            i += 1;
            while i < s.len() && word(s[i]) {
                i += 1;
            }
            out.push((Tok::Word(s[start..i].iter().collect()), line));
        } else {
            out.push((Tok::Punct(c), line));
            i += 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// What one file says

/// A path as written, from the module it is written in.
#[derive(Debug, Clone)]
struct Written {
    /// The module the path is written in (the file's, or an inline `mod x { … }` in it).
    module: Vec<String>,
    path: Vec<String>,
    /// `use …::*`
    glob: bool,
    /// The name a `use` binds (`None` for a glob or a path in code).
    binds: Option<String>,
    /// `pub use`, `pub(crate) use`, …
    reexport: bool,
    /// Written in a `use` (else in code).
    is_use: bool,
    line: usize,
}

#[derive(Debug, Default)]
struct FileInfo {
    module: Vec<String>,
    written: Vec<Written>,
    /// Names of items defined in the file (fn, struct, enum, const, static, type, trait, mod…).
    defines: BTreeSet<String>,
    /// `#[macro_export]` macros: they live at the crate root.
    exported_macros: BTreeSet<String>,
    /// Modules written inline (`mod tests { … }`), as full module paths.
    inline_modules: BTreeSet<Vec<String>>,
}

fn word(t: Option<&(Tok, usize)>) -> Option<&str> {
    match t {
        Some((Tok::Word(w), _)) => Some(w),
        _ => None,
    }
}

fn is(t: Option<&(Tok, usize)>, c: char) -> bool {
    matches!(t, Some((Tok::Punct(p), _)) if *p == c)
}

/// One `use` tree from `toks[*i]`, under `prefix`, into `out` as (path, binds, glob).
fn use_tree(
    toks: &[(Tok, usize)],
    i: &mut usize,
    prefix: Vec<String>,
    out: &mut Vec<(Vec<String>, Option<String>, bool)>,
) {
    let mut path = prefix;
    if matches!(toks.get(*i), Some((Tok::Sep, _))) {
        // `use ::extern_crate::…`
        path.push("::".into());
        *i += 1;
    }
    loop {
        if is(toks.get(*i), '{') {
            *i += 1;
            while *i < toks.len() && !is(toks.get(*i), '}') {
                use_tree(toks, i, path.clone(), out);
                if is(toks.get(*i), ',') {
                    *i += 1;
                }
            }
            *i += 1;
            return;
        }
        if is(toks.get(*i), '*') {
            *i += 1;
            out.push((path, None, true));
            return;
        }
        let Some(seg) = word(toks.get(*i)) else {
            return;
        };
        *i += 1;
        if seg == "self" && !path.is_empty() {
            // `use a::b::{self, c}`: binds `b`.
        } else {
            path.push(seg.to_string());
        }
        if matches!(toks.get(*i), Some((Tok::Sep, _))) {
            *i += 1;
            continue;
        }
        let mut binds = path.last().cloned();
        if word(toks.get(*i)) == Some("as") {
            binds = word(toks.get(*i + 1)).map(str::to_string);
            *i += 2;
        }
        out.push((path, binds, false));
        return;
    }
}

/// Whether the `use` at `toks[at]` is preceded by `pub` or `pub(…)`.
fn preceded_by_pub(toks: &[(Tok, usize)], at: usize) -> bool {
    let Some(mut j) = at.checked_sub(1) else {
        return false;
    };
    if is(toks.get(j), ')') {
        while j > 0 && !is(toks.get(j), '(') {
            j -= 1;
        }
        let Some(k) = j.checked_sub(1) else {
            return false;
        };
        j = k;
    }
    word(toks.get(j)) == Some("pub")
}

fn read_file(module: Vec<String>, src: &str) -> FileInfo {
    let toks = tokens(src);
    let mut info = FileInfo {
        module: module.clone(),
        ..Default::default()
    };
    // Inline modules open here: (name, brace depth inside them).
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut macro_export = false;
    let here = |inline: &[(String, usize)]| {
        let mut m = module.clone();
        m.extend(inline.iter().map(|(n, _)| n.clone()));
        m
    };
    let mut i = 0;
    while i < toks.len() {
        let (tok, line) = &toks[i];
        match tok {
            Tok::Punct('{') => {
                depth += 1;
                i += 1;
            }
            Tok::Punct('}') => {
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
                depth = depth.saturating_sub(1);
                i += 1;
            }
            Tok::Word(w) if w == "macro_export" => {
                macro_export = true;
                i += 1;
            }
            Tok::Word(w) if w == "macro_rules" && is(toks.get(i + 1), '!') => {
                if let Some(name) = word(toks.get(i + 2)) {
                    info.defines.insert(name.to_string());
                    if macro_export {
                        info.exported_macros.insert(name.to_string());
                    }
                }
                macro_export = false;
                i += 3;
            }
            Tok::Word(w)
                if matches!(
                    w.as_str(),
                    "fn" | "struct"
                        | "enum"
                        | "const"
                        | "static"
                        | "type"
                        | "trait"
                        | "union"
                        | "mod"
                ) =>
            {
                if let Some(name) = word(toks.get(i + 1)) {
                    info.defines.insert(name.to_string());
                    if w == "mod" && is(toks.get(i + 2), '{') {
                        depth += 1;
                        inline.push((name.to_string(), depth));
                        info.inline_modules.insert(here(&inline));
                        i += 3;
                        continue;
                    }
                }
                i += 1;
            }
            Tok::Word(w) if w == "use" => {
                let reexport = preceded_by_pub(&toks, i);
                let mut j = i + 1;
                let mut trees = Vec::new();
                use_tree(&toks, &mut j, Vec::new(), &mut trees);
                for (path, binds, glob) in trees {
                    info.written.push(Written {
                        module: here(&inline),
                        path,
                        glob,
                        binds,
                        reexport,
                        is_use: true,
                        line: *line,
                    });
                }
                while j < toks.len() && !is(toks.get(j), ';') {
                    j += 1;
                }
                i = j + 1;
            }
            Tok::Word(first)
                if matches!(toks.get(i + 1), Some((Tok::Sep, _)))
                    && !matches!(
                        i.checked_sub(1).and_then(|p| toks.get(p)),
                        Some((Tok::Sep, _))
                    ) =>
            {
                // A path in code: `a::b::c`, up to `::<` or `::{`.
                let mut path = vec![first.clone()];
                let mut j = i + 1;
                while matches!(toks.get(j), Some((Tok::Sep, _))) {
                    match word(toks.get(j + 1)) {
                        Some(seg) => {
                            path.push(seg.to_string());
                            j += 2;
                        }
                        None => break,
                    }
                }
                info.written.push(Written {
                    module: here(&inline),
                    path,
                    glob: false,
                    binds: None,
                    reexport: false,
                    is_use: false,
                    line: *line,
                });
                i = j;
            }
            _ => i += 1,
        }
    }
    info
}

// ---------------------------------------------------------------------------------------------
// The crate

struct Crate {
    /// File (relative to the crate, e.g. `src/ui/app.rs`) → what it says.
    files: BTreeMap<String, FileInfo>,
    /// Module path → its file.
    modules: BTreeMap<Vec<String>, String>,
}

/// `src/a/b.rs` → `[a, b]`; `src/a/mod.rs` → `[a]`; `src/lib.rs` → `[]`.
fn module_of(file: &str) -> Option<Vec<String>> {
    let rel = file.strip_prefix("src/")?.strip_suffix(".rs")?;
    if rel == "main" || rel.starts_with("bin/") {
        return None; // another crate
    }
    let mut parts: Vec<String> = rel.split('/').map(str::to_string).collect();
    if matches!(parts.last().map(String::as_str), Some("mod") | Some("lib")) {
        parts.pop();
    }
    Some(parts)
}

/// A reference resolved: the file it lands in, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Edge {
    to: String,
    line: usize,
    written: String,
}

impl Crate {
    fn new(sources: &[(String, String)]) -> Self {
        let mut files = BTreeMap::new();
        let mut modules = BTreeMap::new();
        for (file, src) in sources {
            let Some(module) = module_of(file) else {
                continue;
            };
            modules.insert(module.clone(), file.clone());
            files.insert(file.clone(), read_file(module, src));
        }
        Crate { files, modules }
    }

    fn read(root: &Path) -> Self {
        let mut sources = Vec::new();
        let mut dirs = vec![root.join("src")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("src/ reads") {
                let path = entry.expect("src/ entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let rel = path
                        .strip_prefix(root)
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/");
                    sources.push((rel, std::fs::read_to_string(&path).expect("source reads")));
                }
            }
        }
        Crate::new(&sources)
    }

    /// The file holding `module` (an inline module: the file it is written in).
    fn file_of(&self, module: &[String]) -> Option<&String> {
        (0..=module.len())
            .rev()
            .find_map(|n| self.modules.get(&module[..n]))
    }

    fn is_module(&self, module: &[String]) -> bool {
        self.modules.contains_key(module)
            || self
                .file_of(module)
                .is_some_and(|f| self.files[f].inline_modules.contains(module))
    }

    fn has_child(&self, module: &[String], name: &str) -> bool {
        let mut child = module.to_vec();
        child.push(name.to_string());
        self.is_module(&child)
    }

    /// Where `path`, written in `from`, points: (module, the names after it). `None`: outside the crate.
    fn locate(&self, from: &[String], path: &[String]) -> Option<(Vec<String>, Vec<String>)> {
        let first = path.first()?;
        let (mut module, mut rest) = match first.as_str() {
            "crate" | "$crate" => (Vec::new(), &path[1..]),
            "self" => (from.to_vec(), &path[1..]),
            "super" => {
                let mut m = from.to_vec();
                let mut rest = path;
                while rest.first().is_some_and(|s| s == "super") {
                    m.pop()?;
                    rest = &rest[1..];
                }
                (m, rest)
            }
            name if self.has_child(from, name) => (from.to_vec(), path),
            _ => return None,
        };
        while let Some(seg) = rest.first() {
            let mut child = module.clone();
            child.push(seg.clone());
            if !self.is_module(&child) {
                break;
            }
            module = child;
            rest = &rest[1..];
        }
        Some((module, rest.to_vec()))
    }

    /// The files defining `name` in `module`, following imports and re-exports; `None` if not found.
    fn defining(&self, module: &[String], name: &str, depth: usize) -> Option<BTreeSet<String>> {
        let file = self.file_of(module)?;
        let info = &self.files[file];
        if depth > 12 {
            return None;
        }
        if module.is_empty() {
            if let Some((f, _)) = self
                .files
                .iter()
                .find(|(_, i)| i.exported_macros.contains(name))
            {
                return Some(BTreeSet::from([f.clone()]));
            }
        }
        if info.defines.contains(name) {
            return Some(BTreeSet::from([file.clone()]));
        }
        let here = info
            .written
            .iter()
            .filter(|w| w.is_use && w.module == module);
        let mut found = BTreeSet::new();
        for w in here.clone() {
            if w.binds.as_deref() == Some(name) {
                found.extend(self.targets(w, depth + 1));
            }
        }
        if found.is_empty() {
            for w in here.filter(|w| w.glob) {
                if let Some((m, rest)) = self.locate(&w.module, &w.path) {
                    let inner = match rest.as_slice() {
                        [] => self.defining(&m, name, depth + 1),
                        _ => None, // an enum's variants
                    };
                    found.extend(inner.unwrap_or_default());
                }
            }
        }
        (!found.is_empty()).then_some(found)
    }

    /// Everything `module` re-exports, as files.
    fn exports(&self, module: &[String], depth: usize) -> BTreeSet<String> {
        let Some(file) = self.file_of(module) else {
            return BTreeSet::new();
        };
        let mut all = BTreeSet::from([file.clone()]);
        for w in &self.files[file].written {
            if w.is_use && w.reexport && w.module == module {
                all.extend(self.targets(w, depth + 1));
            }
        }
        all
    }

    /// The files a written path lands in.
    fn targets(&self, w: &Written, depth: usize) -> BTreeSet<String> {
        let Some((module, rest)) = self.locate(&w.module, &w.path) else {
            return BTreeSet::new();
        };
        let Some(file) = self.file_of(&module) else {
            return BTreeSet::new();
        };
        if depth > 12 {
            return BTreeSet::from([file.clone()]);
        }
        match rest.first() {
            None if w.glob => self.exports(&module, depth),
            None => BTreeSet::from([file.clone()]),
            Some(name) => self
                .defining(&module, name, depth)
                .unwrap_or_else(|| BTreeSet::from([file.clone()])),
        }
    }

    /// Every file each file imports from, with the reference that makes it so.
    /// A facade re-export (of the file's own descendants) is not an edge.
    fn edges(&self) -> BTreeMap<String, BTreeSet<Edge>> {
        let mut edges: BTreeMap<String, BTreeSet<Edge>> = BTreeMap::new();
        for (file, info) in &self.files {
            let out = edges.entry(file.clone()).or_default();
            for w in &info.written {
                if w.reexport {
                    if let Some((m, _)) = self.locate(&w.module, &w.path) {
                        if m.len() > info.module.len() && m.starts_with(&info.module) {
                            continue;
                        }
                    }
                }
                for to in self.targets(w, 0) {
                    if &to != file {
                        out.insert(Edge {
                            to,
                            line: w.line,
                            written: w.path.join("::") + if w.glob { "::*" } else { "" },
                        });
                    }
                }
            }
        }
        edges
    }
}

/// The top-level module of a file: `src/ui/app.rs` → `ui`; the crate root → ``.
fn top(file: &str) -> String {
    module_of(file)
        .and_then(|m| m.into_iter().next())
        .unwrap_or_default()
}

fn layering_violations(krate: &Crate) -> Vec<String> {
    let present: BTreeSet<String> = krate.files.keys().map(|f| top(f)).collect();
    let mut found = Vec::new();
    for (file, edges) in krate.edges() {
        let from = top(&file);
        let Some((_, banned)) = MAY_NOT_IMPORT.iter().find(|(m, _)| *m == from) else {
            continue;
        };
        if !present.contains(&from) {
            continue;
        }
        for e in edges {
            let to = top(&e.to);
            if banned.contains(&to.as_str()) {
                found.push(format!(
                    "{file}:{}: `{}` reaches {} — `{from}` may not import `{to}`",
                    e.line, e.written, e.to
                ));
            }
        }
    }
    found
}

/// A set of files that import each other round in a circle.
#[derive(Debug)]
struct Cycle {
    /// Every file of the strongly connected component.
    files: BTreeSet<String>,
    /// One way round it, with the import that makes each step.
    example: Vec<(String, Edge)>,
}

/// Strongly connected components with more than one file, each with one cycle through it.
fn cycles(edges: &BTreeMap<String, BTreeSet<Edge>>) -> Vec<Cycle> {
    // Tarjan's algorithm; the graph is small enough to recurse.
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<Edge>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        sccs: Vec<Vec<&'a str>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for e in s.edges.get(v).into_iter().flatten() {
            let w = e.to.as_str();
            let Some((w, _)) = s.edges.get_key_value(w) else {
                continue;
            };
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut scc = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                scc.push(w);
                if w == v {
                    break;
                }
            }
            s.sccs.push(scc);
        }
    }
    let mut s = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        sccs: Vec::new(),
    };
    for v in edges.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    let mut out = Vec::new();
    for scc in s.sccs.into_iter().filter(|c| c.len() > 1) {
        let members: BTreeSet<&str> = scc.iter().copied().collect();
        let start = *members.iter().next().unwrap();
        // Shortest way back to `start` inside the component (breadth first).
        let mut came: BTreeMap<&str, (&str, &Edge)> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([start]);
        'search: while let Some(v) = queue.pop_front() {
            for e in &edges[v] {
                let w = e.to.as_str();
                if !members.contains(w) {
                    continue;
                }
                if w == start {
                    let mut cycle = vec![(v.to_string(), e.clone())];
                    let mut at = v;
                    while at != start {
                        let (prev, edge) = came[at];
                        cycle.push((prev.to_string(), edge.clone()));
                        at = prev;
                    }
                    cycle.reverse();
                    out.push(Cycle {
                        files: members.iter().map(|f| f.to_string()).collect(),
                        example: cycle,
                    });
                    break 'search;
                }
                if !came.contains_key(w) {
                    came.insert(w, (v, e));
                    queue.push_back(w);
                }
            }
        }
    }
    out
}

fn describe(cycle: &Cycle) -> String {
    let steps: Vec<String> = cycle
        .example
        .iter()
        .map(|(from, e)| format!("  {from}:{} uses `{}` → {}", e.line, e.written, e.to))
        .collect();
    let files: Vec<&str> = cycle.files.iter().map(String::as_str).collect();
    format!(
        "import cycle among {}; for example:\n{}",
        files.join(", "),
        steps.join("\n")
    )
}

fn this_crate() -> Crate {
    Crate::read(Path::new(env!("CARGO_MANIFEST_DIR")))
}

// ---------------------------------------------------------------------------------------------
// The checks

#[test]
fn no_module_imports_from_a_layer_above_it() {
    let violations = layering_violations(&this_crate());
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}

#[test]
fn no_file_imports_lead_back_to_it() {
    let found = cycles(&this_crate().edges());
    let known = |c: &Cycle| {
        KNOWN_CYCLES
            .iter()
            .any(|k| k.iter().copied().eq(c.files.iter().map(String::as_str)))
    };
    let new: Vec<String> = found.iter().filter(|c| !known(c)).map(describe).collect();
    assert!(new.is_empty(), "{}", new.join("\n"));
    for k in KNOWN_CYCLES {
        assert!(
            found
                .iter()
                .any(|c| k.iter().copied().eq(c.files.iter().map(String::as_str))),
            "the cycle among {k:?} is gone or has changed: take it off KNOWN_CYCLES"
        );
    }
}

#[test]
fn the_graph_sees_the_crate() {
    // Guards against a reader that silently finds nothing.
    let krate = this_crate();
    let edges = krate.edges();
    let has = |from: &str, to: &str| {
        edges
            .get(from)
            .is_some_and(|e| e.iter().any(|e| e.to == to))
    };
    assert!(krate.files.len() > 40, "{} files", krate.files.len());
    assert!(
        has("src/ui/plans.rs", "src/ui/session.rs"),
        "{:#?}",
        edges.get("src/ui/plans.rs")
    );
    assert!(
        has("src/scoring/mod.rs", "src/model/digits.rs"),
        "{:#?}",
        edges.get("src/scoring/mod.rs")
    );
    assert!(has("src/model/plan.rs", "src/model/value.rs"));
    // The ui files the cycle ran through, now one way only.
    assert!(has("src/ui/app.rs", "src/ui/plans.rs"));
    assert!(has("src/ui/session.rs", "src/ui/clock.rs"));
    assert!(
        has("src/ui/snapshots.rs", "src/ui/clock.rs"),
        "through `pub use clock::now`"
    );
}

// ---------------------------------------------------------------------------------------------
// The reader itself, on made-up crates

fn made_up(files: &[(&str, &str)]) -> Crate {
    let sources: Vec<(String, String)> = files
        .iter()
        .map(|(f, s)| (f.to_string(), s.to_string()))
        .collect();
    Crate::new(&sources)
}

fn edge_set(krate: &Crate, from: &str) -> Vec<String> {
    krate.edges()[from]
        .iter()
        .map(|e| e.to.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

#[test]
fn reads_grouped_nested_and_renamed_imports() {
    let krate = made_up(&[
        ("src/lib.rs", "pub mod a; pub mod b; pub mod c;"),
        (
            "src/a/mod.rs",
            "mod x; mod y; pub use x::*; pub use y::{Why as Y};",
        ),
        ("src/a/x.rs", "pub struct Ex;"),
        ("src/a/y.rs", "pub struct Why;"),
        ("src/b.rs", "pub fn bee() {}"),
        (
            "src/c.rs",
            r#"
            // use crate::b; (a comment)
            /* crate::b::bee() */
            use crate::{a::{Ex, Y as Z}, b::{self}};
            fn f() { let s = "crate::b::bee"; let c = '"'; }
            "#,
        ),
    ]);
    assert_eq!(
        edge_set(&krate, "src/c.rs"),
        ["src/a/x.rs", "src/a/y.rs", "src/b.rs"]
    );
    assert!(
        edge_set(&krate, "src/a/mod.rs").is_empty(),
        "a facade's re-exports are not edges"
    );
}

#[test]
fn resolves_super_in_files_and_inline_modules_and_paths_in_code() {
    let krate = made_up(&[
        ("src/lib.rs", "pub mod m;"),
        ("src/m/mod.rs", "mod p; mod q; pub struct Top;"),
        (
            "src/m/p.rs",
            "pub fn p() { super::q::q(); }\n#[cfg(test)] mod tests { use super::*; }",
        ),
        ("src/m/q.rs", "use super::Top; pub fn q() {}"),
    ]);
    assert_eq!(edge_set(&krate, "src/m/p.rs"), ["src/m/q.rs"]);
    assert_eq!(edge_set(&krate, "src/m/q.rs"), ["src/m/mod.rs"]);
}

#[test]
fn finds_a_cycle_through_a_reexport() {
    let krate = made_up(&[
        ("src/lib.rs", "pub mod ui;"),
        ("src/ui/mod.rs", "mod app; mod bar; pub use app::now;"),
        ("src/ui/app.rs", "use super::bar::Bar; pub fn now() {}"),
        (
            "src/ui/bar.rs",
            "pub struct Bar; fn f() { crate::ui::now(); }",
        ),
    ]);
    let found = cycles(&krate.edges());
    assert_eq!(found.len(), 1, "{found:#?}");
    let files: Vec<&str> = found[0].files.iter().map(String::as_str).collect();
    assert_eq!(files, ["src/ui/app.rs", "src/ui/bar.rs"]);
    assert_eq!(found[0].example.len(), 2);
}

#[test]
fn flags_an_upward_import_and_skips_absent_modules() {
    let krate = made_up(&[
        ("src/lib.rs", "pub mod model; pub mod ui; pub mod extra;"),
        ("src/model.rs", "pub fn m() { crate::ui::u(); }"),
        ("src/ui.rs", "pub fn u() { crate::model::m(); }"),
        ("src/extra.rs", "pub fn e() { crate::ui::u(); }"),
    ]);
    let v = layering_violations(&krate);
    assert_eq!(v.len(), 1, "{v:#?}");
    assert!(v[0].starts_with("src/model.rs:1:"), "{}", v[0]);
}

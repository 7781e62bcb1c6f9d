//! The worksheet as data: each section file lists its headings, groups, fields and figures as
//! [`Node`]s, and one renderer builds them all. A typed view per section compiled to far more
//! of the download than this table and one renderer do.

use leptos::prelude::*;

use super::figure::{Show, Stat};
use super::inputs::{
    rows, ListLens, MoneyInput, NumberInput, PrioritySelect, RowOps, TextInput, TextList,
};
use super::warning::Warn;
use crate::scoring::{FigureName, WarningKind};

/// One section of the worksheet: `<section>` with its heading, time box and task.
pub struct Sheet {
    pub id: &'static str,
    pub title: &'static str,
    /// The time box, such as "10 minutes"; empty for none.
    pub time: &'static str,
    pub task: &'static str,
    pub body: &'static [Node],
}

/// A piece of a section. Field paths are JSON paths of the plan; inside [`Node::Rows`] they
/// are relative to the row (`title` for `talent.positions.2.title`).
pub enum Node {
    H4(&'static str),
    /// A `<div>` with a class around more nodes: `columns`, `columns three`, `figures`, …
    Div(&'static str, &'static [Node]),
    /// Figures under a heading that also names them: heading, figures.
    Figures(&'static str, &'static [Node]),
    /// `<fieldset class="group …">`: extra class, legend, contents.
    Group(&'static str, &'static str, &'static [Node]),
    /// A group of text fields under one path: legend, path, `(key, label)` of each field.
    Texts(
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str)],
    ),
    /// A text field: path, label.
    Text(&'static str, &'static str),
    /// A decimal number: path, label, unit.
    Number(&'static str, &'static str, &'static str),
    /// A whole number, with the numeric keyboard: path, label, unit.
    Whole(&'static str, &'static str, &'static str),
    /// An amount of money: path, label, period (`/month`) or empty.
    Money(&'static str, &'static str, &'static str),
    /// Critical / High / Medium: path, label.
    Priority(&'static str, &'static str),
    /// A labelled figure: label, figure name, how it shows, formula.
    Stat(&'static str, FigureName, Show, &'static str),
    /// A warning while it holds; inside rows, for that row (`salary-range-inverted:2`).
    Warn(WarningKind),
    /// Rows to add and remove: the list, the word for one row, each row's nodes.
    Rows(fn() -> RowOps, &'static str, &'static [Node]),
    /// A list of text rows: the list, the word for one row.
    List(ListLens<String>, &'static str),
    /// Anything else, as a component.
    View(fn() -> AnyView),
}

/// Where nodes are built: at the top of a section, or in row `i` of a list.
#[derive(Clone, Copy)]
struct At {
    row: Option<(&'static str, usize)>,
}

impl At {
    fn path(self, path: &str) -> String {
        match self.row {
            Some((list, i)) => format!("{list}.{i}.{path}"),
            None => path.to_string(),
        }
    }
}

pub fn section(sheet: &'static Sheet) -> AnyView {
    let title_id = format!("{}-title", sheet.id);
    let labelled_by = title_id.clone();
    view! {
        <section id=sheet.id class="section" aria-labelledby=labelled_by>
            <h3 id=title_id>
                {sheet.title}
                {(!sheet.time.is_empty()).then(|| view! { <span class="time">{sheet.time}</span> })}
            </h3>
            <p class="task">{sheet.task}</p>
            {build(sheet.body, At { row: None })}
        </section>
    }
    .into_any()
}

fn build(nodes: &'static [Node], at: At) -> Vec<AnyView> {
    nodes.iter().map(|node| node_view(node, at)).collect()
}

fn node_view(node: &'static Node, at: At) -> AnyView {
    match *node {
        Node::H4(text) => view! { <h4>{text}</h4> }.into_any(),
        Node::Div(class, body) => view! { <div class=class>{build(body, at)}</div> }.into_any(),
        Node::Figures(heading, body) => view! {
            <div class="figures" aria-label=heading>
                <h4>{heading}</h4>
                {build(body, at)}
            </div>
        }
        .into_any(),
        Node::Group(class, legend, body) => group(class, legend, build(body, at)),
        Node::Texts(legend, path, fields) => {
            let fields = fields
                .iter()
                .map(|(key, label)| text(at.path(&format!("{path}.{key}")), label))
                .collect::<Vec<_>>();
            group("texts", legend, fields)
        }
        Node::Text(path, label) => text(at.path(path), label),
        Node::Number(path, label, unit) => {
            view! { <NumberInput lens=at.path(path) label=label unit=unit /> }.into_any()
        }
        Node::Whole(path, label, unit) => {
            view! { <NumberInput lens=at.path(path) label=label unit=unit inputmode="numeric" /> }
                .into_any()
        }
        Node::Money(path, label, per) => {
            view! { <MoneyInput lens=at.path(path) label=label per=per /> }.into_any()
        }
        Node::Priority(path, label) => {
            view! { <PrioritySelect lens=at.path(path) label=label /> }.into_any()
        }
        Node::Stat(label, name, show, formula) => {
            view! { <Stat label=label name=name show=show formula=formula /> }.into_any()
        }
        Node::Warn(code) => {
            let code = match at.row {
                Some((_, i)) => code.at(i),
                None => code.code(),
            };
            view! { <Warn code=code /> }.into_any()
        }
        Node::Rows(list, item, body) => {
            let list = list();
            let name = list.name;
            rows(
                list,
                item.to_string(),
                std::sync::Arc::new(move |i| {
                    build(
                        body,
                        At {
                            row: Some((name, i)),
                        },
                    )
                    .into_any()
                }),
            )
            .into_any()
        }
        Node::List(list, item) => view! { <TextList list=list item=item /> }.into_any(),
        Node::View(view) => view(),
    }
}

fn group(class: &'static str, legend: &'static str, body: Vec<AnyView>) -> AnyView {
    let class = if class.is_empty() {
        "group".to_string()
    } else {
        format!("group {class}")
    };
    view! {
        <fieldset class=class>
            <legend>{legend}</legend>
            {body}
        </fieldset>
    }
    .into_any()
}

fn text(path: String, label: &'static str) -> AnyView {
    view! { <TextInput lens=path label=label /> }.into_any()
}

//! Renders the worksheet's data ([`crate::worksheet`]): one renderer builds every section. A
//! typed view per section compiled to far more of the download than the data and this do.

use leptos::prelude::*;

use super::figure::Stat;
use super::inputs::{rows, MoneyInput, NumberInput, PrioritySelect, TextInput, TextList};
use super::lists::{row_ops, text_rows};
use super::sections::{chart, gaps, leaders, scores, team_table};
use super::stages::later_with;
use super::warning::Warn;
use crate::worksheet::{Node, Section, Show};

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

pub fn section(sheet: &'static Section) -> AnyView {
    let title_id = format!("{}-title", sheet.id);
    let labelled_by = title_id.clone();
    view! {
        <section id=sheet.id class="section" aria-labelledby=labelled_by aria-current=super::agenda::current(sheet.id)>
            <h3 id=title_id>
                {sheet.title}
                {(!sheet.time.is_empty()).then(|| view! { <span class="time">{sheet.time}</span> })}
            </h3>
            <p class="task">{sheet.task}</p>
            {sheet
                .body
                .iter()
                .map(|node| later_with(move || node_view(node, At { row: None })))
                .collect::<Vec<_>>()}
        </section>
    }
    .into_any()
}

fn build(nodes: &'static [Node], at: At) -> Vec<AnyView> {
    nodes.iter().map(|node| node_view(node, at)).collect()
}

fn node_view(node: &'static Node, at: At) -> AnyView {
    match *node {
        Node::Heading(text) => view! { <h4>{text}</h4> }.into_any(),
        Node::Div { class, body } => view! { <div class=class>{build(body, at)}</div> }.into_any(),
        Node::Figures { heading, body } => view! {
            <div class="figures" aria-label=heading>
                <h4>{heading}</h4>
                {build(body, at)}
            </div>
        }
        .into_any(),
        Node::Group {
            class,
            legend,
            body,
        } => group(class, legend, build(body, at)),
        Node::Texts {
            legend,
            path,
            fields,
        } => {
            let fields = fields
                .iter()
                .map(|(key, label)| text(at.path(&format!("{path}.{key}")), label))
                .collect::<Vec<_>>();
            group("texts", legend, fields)
        }
        Node::Text { path, label } => text(at.path(path), label),
        Node::Number { path, label, unit } => {
            view! { <NumberInput lens=at.path(path) label=label unit=unit /> }.into_any()
        }
        Node::Whole { path, label, unit } => whole(at.path(path), label.into(), unit),
        Node::Money { path, label, per } => money(at.path(path), label.into(), per),
        Node::Priority { path, label } => {
            view! { <PrioritySelect lens=at.path(path) label=label /> }.into_any()
        }
        Node::Metric {
            label,
            from,
            to,
            money: is_money,
            growth,
            formula,
        } => {
            let field = if is_money { money } else { whole };
            view! {
                <div class="metric-row">
                    {field(at.path(from), format!("{label}: from"), "")}
                    {field(at.path(to), format!("{label}: to"), "")}
                    <Stat label="Growth" name=growth show=Show::Percent formula=formula />
                </div>
            }
            .into_any()
        }
        Node::Stat {
            label,
            figure,
            show,
            formula,
        } => view! { <Stat label=label name=figure show=show formula=formula /> }.into_any(),
        Node::Warn(kind) => {
            let code = match at.row {
                Some((_, i)) => kind.at(i),
                None => kind.code(),
            };
            view! { <Warn code=code /> }.into_any()
        }
        Node::Rows { list, item, body } => {
            let list = row_ops(list);
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
        Node::List { list, item } => {
            view! { <TextList list=text_rows(list) item=item /> }.into_any()
        }
        Node::Scores(card) => scores(card),
        Node::Gaps(card) => gaps(card),
        Node::TeamScores(here) => super::team::team_scores(here),
        Node::Team(team) => team_table(team),
        Node::Leaders(roles) => leaders(roles),
        Node::Chart(kind) => chart(kind),
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

fn whole(path: String, label: String, unit: &'static str) -> AnyView {
    view! { <NumberInput lens=path label=label unit=unit inputmode="numeric" /> }.into_any()
}

fn money(path: String, label: String, per: &'static str) -> AnyView {
    view! { <MoneyInput lens=path label=label per=per /> }.into_any()
}

//! SVG and PNG through Graphviz: `dot` for neighbourhoods, `sfdp` for large graphs (the `dot`
//! layout takes minutes above about a thousand edges).

use graphviz_rust::cmd::{CommandArg, Format, Layout};

use crate::error::{Error, ErrorKind, Result};

/// Image formats Graphviz renders for us.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Image {
    Svg,
    Png,
}

/// The edge count above which the force-directed `sfdp` layout replaces `dot`.
pub const SFDP_ABOVE_EDGES: usize = 1000;

/// The layout engine for a graph of `edges` edges.
pub fn engine_for(edges: usize) -> &'static str {
    if edges > SFDP_ABOVE_EDGES {
        "sfdp"
    } else {
        "dot"
    }
}

/// Render DOT text to an image with Graphviz. A missing `dot` program gives an error that
/// says how to install it.
pub fn render(dot: &str, image: Image, edges: usize) -> Result<Vec<u8>> {
    let format = match image {
        Image::Svg => Format::Svg,
        Image::Png => Format::Png,
    };
    let layout = if engine_for(edges) == "sfdp" {
        Layout::Sfdp
    } else {
        Layout::Dot
    };
    graphviz_rust::exec_dot(dot.to_string(), vec![CommandArg::Format(format), CommandArg::Layout(layout)]).map_err(|e| {
        let problem = if e.kind() == std::io::ErrorKind::NotFound {
            "the Graphviz program `dot` was not found on PATH: install Graphviz (Debian/Ubuntu: \
             apt-get install graphviz; macOS: brew install graphviz) to draw SVG or PNG, or ask for \
             --format dot, json, graphml or csv, which need nothing else"
                .to_string()
        } else {
            format!("Graphviz failed: {}", e.to_string().trim())
        };
        Error::new(ErrorKind::Graphviz { problem })
    })
}

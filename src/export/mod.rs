//! Stage 6: the graph out — DOT from one deterministic printer (SVG and PNG through Graphviz),
//! a versioned JSON snapshot that queries read back, GraphML for Gephi and CSV node and edge
//! lists.

pub mod csv; // node and edge lists for pandas or a bulk import
pub mod dot; // the one deterministic DOT printer, legend and escaping
pub mod graphml; // GraphML with declared attributes (Gephi)
pub mod render; // SVG/PNG through Graphviz's dot or sfdp
pub mod snapshot; // versioned JSON snapshot, written atomically

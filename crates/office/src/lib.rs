//! File formats: OSCAL catalog JSON (and, as they come, Excel, Word and CSV). Pure
//! functions from bytes to values and back; no IO, no database.

pub mod answer_sheet;
pub mod coverage_workbook;
pub mod doc;
pub mod docx;
pub mod evidence;
pub mod oscal;
pub mod oscal_profile;
pub mod pdf;
pub mod table;
pub mod tender_zip;
pub mod text_sheets;
pub mod workbook_limits;
pub mod xlsx;

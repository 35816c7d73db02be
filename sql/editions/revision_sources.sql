-- The submissions that moved each figure of an edition, labelled (parameter: edition).
select
    f.label_vi,
    f.label_en,
    s.agency_code,
    s.dataset,
    s.report_year,
    s.change,
    s.file_name,
    s.received_at
from review_revision_sources(?) as s
join review_edition_figure as f on f.edition = ? and f.figure = s.figure
order by f.sort, s.agency_code, s.dataset, s.report_year, s.file_name;

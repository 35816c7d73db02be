-- Every edition, the latest published first, with how many sources it froze and how many figures moved since.
select
    e.edition,
    e.from_year,
    e.to_year,
    e.published_on,
    e.title,
    e.frozen_at,
    (select count(*) from review_edition_source as s where s.edition = e.edition) as sources,
    (select count(*) from v_review_revisions as r where r.edition = e.edition and r.difference <> 0) as figures_moved
from review_edition as e
order by e.published_on desc, e.edition;

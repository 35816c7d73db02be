-- The latest published edition of a review's years, if any (parameters: from year, to year).
select edition
from review_edition
where from_year = ? and to_year = ?
order by published_on desc, frozen_at desc
limit 1;

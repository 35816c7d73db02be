-- One edition's heading (parameter: edition).
select edition, from_year, to_year, published_on, title, frozen_at
from review_edition
where edition = ?;

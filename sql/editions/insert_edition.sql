-- Freezes an edition's heading (parameters: edition, from year, to year, published on, title, frozen at).
insert into review_edition (edition, from_year, to_year, published_on, title, frozen_at)
values (?, ?, ?, ?, ?, ?);

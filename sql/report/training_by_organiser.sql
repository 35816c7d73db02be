-- Training of a review's years by kind of organiser, category and level (parameters: from year, to year).
select
    o.name_vi || ' | ' || o.name_en as organiser_label,
    c.name_vi || ' | ' || c.name_en as category_label,
    coalesce(l.name_vi || ' | ' || l.name_en, '') as level_label,
    cast(sum(t.classes) as bigint) as classes,
    cast(sum(t.participations) as bigint) as participations
from v_training_by_organiser_type as t
join dim_agency_type as o on o.agency_type = t.organiser_type
join dim_training_category as c using (category)
left join dim_training_level as l using (level)
where t.year between ? and ?
group by o.agency_type, o.name_vi, o.name_en, t.category, c.name_vi, c.name_en, t.level, l.name_vi, l.name_en
order by o.agency_type, t.category, t.level;

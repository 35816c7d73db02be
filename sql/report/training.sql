-- Training by year, category and level, labelled in both languages (parameters: from year, to year).
select
    t.year,
    c.name_vi || ' | ' || c.name_en as category_label,
    coalesce(l.name_vi || ' | ' || l.name_en, '') as level_label,
    t.classes,
    t.participations
from v_training_summary as t
join dim_training_category as c using (category)
left join dim_training_level as l using (level)
where t.year between ? and ?
order by t.year, t.category, t.level;

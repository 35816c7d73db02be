-- Reference data: the codes, the spellings agencies use for them, and the fault catalogue.
-- Re-run at every start: each table is replaced whole, in one transaction, so an edit here takes effect at the next run.

begin transaction;

delete from dim_agency_type;
insert into dim_agency_type values
    ('SO_NGANH',         'Sở, ban, ngành',                'City department or board'),
    ('QUAN_HUYEN',       'Quận, huyện',                   'District'),
    ('PHUONG_XA',        'Phường, xã, thị trấn',          'Ward or commune'),
    ('DON_VI_SU_NGHIEP', 'Đơn vị sự nghiệp',              'Public service unit'),
    ('DOANH_NGHIEP',     'Doanh nghiệp nhà nước',         'State enterprise'),
    ('CHI_CUC',          'Chi cục Văn thư - Lưu trữ',     'Records and Archives Sub-department');

insert or ignore into dim_date
select cast(strftime(d, '%Y%m%d') as integer), cast(d as date), year(d), quarter(d), month(d), day(d)
from generate_series(date '2000-01-01', date '2040-12-31', interval 1 day) as t(d);

delete from dim_education_level;
insert into dim_education_level values
    ('TREN_DAI_HOC',     5, 'Trên đại học',     'Postgraduate'),
    ('DAI_HOC',          4, 'Đại học',          'University'),
    ('CAO_DANG',         3, 'Cao đẳng',         'College'),
    ('TRUNG_CAP',        2, 'Trung cấp',        'Intermediate'),
    ('SO_CAP',           1, 'Sơ cấp',           'Elementary certificate'),
    ('CHUA_QUA_DAO_TAO', 0, 'Chưa qua đào tạo', 'Untrained');

delete from dim_job_position;
insert into dim_job_position values
    ('VAN_THU',            'Văn thư',             'Records'),
    ('LUU_TRU',            'Lưu trữ',             'Archives'),
    ('VAN_THU_LUU_TRU',    'Văn thư - Lưu trữ',   'Records and archives'),
    ('LANH_DAO_PHU_TRACH', 'Lãnh đạo phụ trách',  'Manager in charge');

delete from dim_employment;
insert into dim_employment values
    ('CHUYEN_TRACH', 'Chuyên trách', 'Full-time on VTLT'),
    ('KIEM_NHIEM',   'Kiêm nhiệm',   'Concurrent');

delete from dim_gender;
insert into dim_gender values
    ('NAM', 'Nam', 'Male'),
    ('NU',  'Nữ',  'Female');

delete from dim_vtlt_speciality;
insert into dim_vtlt_speciality
select fold_key(major), major
from (values
    ('Lưu trữ học'),
    ('Văn thư'),
    ('Lưu trữ'),
    ('Văn thư - Lưu trữ'),
    ('Văn thư hành chính'),
    ('Lưu trữ học và Quản trị văn phòng')
) as t(major);

delete from dim_training_category;
insert into dim_training_category values
    ('DAO_TAO',   'Đào tạo',   'Degree training'),
    ('BOI_DUONG', 'Bồi dưỡng', 'Refresher course'),
    ('TAP_HUAN',  'Tập huấn',  'Training session'),
    ('HOI_NGHI',  'Hội nghị',  'Conference');

delete from dim_training_level;
insert into dim_training_level values
    ('DAI_HOC',   'DAO_TAO',   'Đại học',   'University'),
    ('CAO_DANG',  'DAO_TAO',   'Cao đẳng',  'College'),
    ('TRUNG_CAP', 'DAO_TAO',   'Trung cấp', 'Intermediate'),
    ('SO_CAP',    'BOI_DUONG', 'Sơ cấp',    'Elementary certificate'),
    ('NGHIEP_VU', 'BOI_DUONG', 'Nghiệp vụ', 'Professional skills');

delete from dim_participation_result;
insert into dim_participation_result values
    ('HOAN_THANH',       'Hoàn thành',       'Completed'),
    ('KHONG_HOAN_THANH', 'Không hoàn thành', 'Not completed'),
    ('DANG_HOC',         'Đang học',         'In progress');

delete from dim_funding_source;
insert into dim_funding_source values
    ('CITY',     'Ngân sách thành phố',  'City budget',      true),
    ('DISTRICT', 'Ngân sách quận huyện', 'District budget',  true),
    ('AGENCY',   'Kinh phí cơ quan',     'Agency funds',     true),
    ('PERSONAL', 'Cá nhân tự túc',       'Paid by learners', false);

delete from ref_alias;
insert into ref_alias
select domain, alias, fold_key(alias), code
from (values
    ('education_level', 'Trên đại học',      'TREN_DAI_HOC'),
    ('education_level', 'Sau đại học',       'TREN_DAI_HOC'),
    ('education_level', 'ThS',               'TREN_DAI_HOC'),
    ('education_level', 'Thạc sĩ',           'TREN_DAI_HOC'),
    ('education_level', 'TS',                'TREN_DAI_HOC'),
    ('education_level', 'Tiến sĩ',           'TREN_DAI_HOC'),
    ('education_level', 'Đại học',           'DAI_HOC'),
    ('education_level', 'ĐH',                'DAI_HOC'),
    ('education_level', 'Cử nhân',           'DAI_HOC'),
    ('education_level', 'Cao đẳng',          'CAO_DANG'),
    ('education_level', 'CĐ',                'CAO_DANG'),
    ('education_level', 'Trung cấp',         'TRUNG_CAP'),
    ('education_level', 'TC',                'TRUNG_CAP'),
    ('education_level', 'Sơ cấp',            'SO_CAP'),
    ('education_level', 'SC',                'SO_CAP'),
    ('education_level', 'Chưa qua đào tạo',  'CHUA_QUA_DAO_TAO'),
    ('education_level', 'Chưa đào tạo',      'CHUA_QUA_DAO_TAO'),
    ('job_position',    'Văn thư',           'VAN_THU'),
    ('job_position',    'Lưu trữ',           'LUU_TRU'),
    ('job_position',    'Văn thư - Lưu trữ', 'VAN_THU_LUU_TRU'),
    ('job_position',    'VTLT',              'VAN_THU_LUU_TRU'),
    ('job_position',    'Lãnh đạo phụ trách','LANH_DAO_PHU_TRACH'),
    ('employment',      'Chuyên trách',      'CHUYEN_TRACH'),
    ('employment',      'Kiêm nhiệm',        'KIEM_NHIEM'),
    ('gender',          'Nam',               'NAM'),
    ('gender',          'Nữ',                'NU'),
    ('category',        'Đào tạo',           'DAO_TAO'),
    ('category',        'Bồi dưỡng',         'BOI_DUONG'),
    ('category',        'Tập huấn',          'TAP_HUAN'),
    ('category',        'Hội nghị',          'HOI_NGHI'),
    ('level',           'Đại học',           'DAI_HOC'),
    ('level',           'ĐH',                'DAI_HOC'),
    ('level',           'Cao đẳng',          'CAO_DANG'),
    ('level',           'CĐ',                'CAO_DANG'),
    ('level',           'Trung cấp',         'TRUNG_CAP'),
    ('level',           'TC',                'TRUNG_CAP'),
    ('level',           'Sơ cấp',            'SO_CAP'),
    ('level',           'SC',                'SO_CAP'),
    ('level',           'Nghiệp vụ',         'NGHIEP_VU'),
    ('level',           'Bồi dưỡng nghiệp vụ','NGHIEP_VU'),
    ('level',           'BDNV',              'NGHIEP_VU'),
    ('result',          'Hoàn thành',        'HOAN_THANH'),
    ('result',          'Không hoàn thành',  'KHONG_HOAN_THANH'),
    ('result',          'Đang học',          'DANG_HOC')
) as t(domain, alias, code);

delete from ref_fault;
insert into ref_fault values
    -- the whole file
    ('BAD_FILE_NAME',      'FILE', 'Tên tệp không đúng quy định',                                   'The file name does not follow the contract'),
    ('UNSUPPORTED_FORMAT', 'FILE', 'Định dạng tệp không được hỗ trợ hoặc tệp hỏng',                'The file format is not accepted, or the file is damaged'),
    ('EMPTY_FILE',         'FILE', 'Tệp rỗng hoặc không có dòng dữ liệu',                           'The file is empty or has no data rows'),
    ('ENCODING_UNREADABLE','FILE', 'Không đọc được bảng mã của tệp',                                'The file''s character encoding cannot be read'),
    ('ENCODING_LOST_LETTERS','FILE','Chữ tiếng Việt đã bị mất (thay bằng dấu ?) khi lưu tệp',        'Vietnamese letters were lost (replaced by ?) when the file was saved'),
    ('ENCODING_GARBLED',   'FILE', 'Chữ tiếng Việt bị lỗi phông (sai bảng mã)',                     'Vietnamese text is garbled (wrong encoding)'),
    ('MALFORMED_CSV',      'FILE', 'Cấu trúc CSV bị lỗi',                                           'The CSV structure is broken'),
    ('MISSING_COLUMN',     'FILE', 'Thiếu cột bắt buộc',                                            'A required column is missing'),
    ('AGENCY_MISMATCH',    'FILE', 'Mã cơ quan trong tệp khác với tên tệp',                         'The agency code in the file differs from the file name'),
    ('SOURCE_MISMATCH',    'FILE', 'Mã cơ quan trong tên tệp khác với nguồn gửi',                   'The agency in the file name differs from the source that sent it'),
    ('YEAR_MISMATCH',      'FILE', 'Năm báo cáo trong tệp khác với tên tệp',                        'The reporting year in the file differs from the file name'),
    ('UNKNOWN_AGENCY',     'FILE', 'Cơ quan không có trong danh mục hoặc không hoạt động trong năm', 'The agency is not in the registry, or not active in that year'),
    ('TOTAL_MISMATCH',     'FILE', 'Dòng tổng cộng không khớp với tổng các dòng',                   'The total row does not match the sum of the rows'),
    ('ROWS_AFTER_TOTAL',   'FILE', 'Có dữ liệu sau dòng tổng cộng',                                 'There are rows after the total row'),
    ('RESOURCE_LIMIT',     'FILE', 'Tệp vượt quá giới hạn xử lý (kích thước, số cột, số dòng, độ dài ô, thời gian đọc hoặc bộ nhớ); chi tiết nêu giới hạn và cài đặt tương ứng', 'The file exceeds a processing limit (size, columns, rows, cell length, reading time or memory); the detail names the limit and its setting'),
    -- one row
    ('MISSING_VALUE',      'ROW',  'Thiếu giá trị bắt buộc',                                        'A required value is missing'),
    ('INVALID_NUMBER',     'ROW',  'Số không hợp lệ',                                               'Not a valid whole number'),
    ('INVALID_DATE',       'ROW',  'Ngày không hợp lệ',                                             'Not a valid date'),
    ('OUT_OF_RANGE',       'ROW',  'Giá trị ngoài khoảng cho phép',                                 'The value is out of the allowed range'),
    ('INVALID_PERSON_ID',  'ROW',  'Số định danh không hợp lệ',                                     'Not a valid person ID'),
    ('PERSON_ID_SCIENTIFIC','ROW', 'Số định danh bị Excel đổi sang dạng 7.9E+10 và mất chữ số',     'The person ID was turned into 7.9E+10 form by Excel and lost digits'),
    ('DUPLICATE_PERSON_ID','ROW',  'Số định danh bị trùng trong tệp',                               'The person ID appears twice in the file'),
    ('DUPLICATE_CLASS_CODE','ROW', 'Mã lớp bị trùng trong tệp',                                     'The class code appears twice in the file'),
    ('UNKNOWN_CODE',       'ROW',  'Giá trị không thuộc danh mục',                                  'The value is not one of the accepted values'),
    ('LEVEL_REQUIRED',     'ROW',  'Lớp đào tạo, bồi dưỡng phải ghi trình độ',                      'Degree and refresher classes must give a level'),
    ('LEVEL_NOT_FOR_CATEGORY','ROW','Trình độ không phù hợp với loại hình',                          'The level does not belong to the category'),
    ('MAJOR_REQUIRED',     'ROW',  'Người đã qua đào tạo phải ghi chuyên ngành',                    'A trained person must have a major'),
    ('END_BEFORE_START',   'ROW',  'Ngày kết thúc trước ngày bắt đầu',                              'The end date is before the start date'),
    ('UNKNOWN_PARTICIPANT_AGENCY','ROW','Mã cơ quan của học viên không có trong danh mục',           'The participant''s agency code is not in the registry'),
    ('UNKNOWN_CLASS',      'ROW',  'Mã lớp không có trong danh sách lớp (dao-tao) của cơ quan',     'The class code is not among the agency''s classes (dao-tao)'),
    ('PARTICIPANT_COUNT_MISMATCH','ROW','Số học viên trong danh sách khác số lượt học viên của lớp', 'The number of listed participants differs from the class''s participations'),
    -- reported, still loaded
    ('CCCD_LEADING_ZERO_RESTORED','WARNING','Số CCCD 11 chữ số: đã thêm lại số 0 đầu do Excel làm mất', 'An 11-digit CCCD: the leading 0 that Excel dropped was restored'),
    ('UNKNOWN_COLUMN_IGNORED','WARNING','Cột không có trong quy định, đã bỏ qua',                    'A column the contract does not know was ignored'),
    ('HIDDEN_ROW_IGNORED', 'WARNING','Dòng bị ẩn trong trang tính, đã bỏ qua',                     'A hidden row of the sheet was ignored'),
    ('HIDDEN_SHEET_IGNORED','WARNING','Trang tính bị ẩn, đã bỏ qua',                                'A hidden sheet was ignored'),
    ('OTHER_SHEET_IGNORED','WARNING','Trang tính không phải dữ liệu cần nộp, đã bỏ qua',            'A sheet that is not the dataset''s was ignored'),
    ('LEVEL_IGNORED',      'WARNING','Trình độ chỉ ghi cho lớp đào tạo, bồi dưỡng; đã bỏ qua',       'A level is only given for degree and refresher classes; it was ignored'),
    ('NEWER_VERSION_CURRENT','WARNING','Đã có bản gửi mới hơn cho cùng cơ quan, bộ dữ liệu và năm; bản này không thay thế', 'A newer file of the same agency, dataset and year is current; this one does not replace it'),
    -- while pulling a source
    ('SOURCE_UNREACHABLE', 'SOURCE','Không lấy được dữ liệu từ nguồn',                              'The source could not be read'),
    ('NAME_REFUSED',       'SOURCE','Tên tệp là đường dẫn, không được chấp nhận',                   'The file name is a path and was refused'),
    ('FOREIGN_HOST_REFUSED','SOURCE','Tệp nằm trên máy chủ khác với nguồn, không được tải',          'The file is on a host other than the source''s and was not fetched'),
    ('FILE_TOO_LARGE',     'SOURCE','Tệp lớn hơn giới hạn cho phép, không được nhận',               'The file is larger than the configured limit and was not received'),
    ('LISTING_TOO_LARGE',  'SOURCE','Danh sách tệp của nguồn quá dài, không được đọc',              'The source''s listing has more entries than the configured limit and was not read');

commit;

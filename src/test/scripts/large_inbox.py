#!/usr/bin/env python3
"""Writes a large, valid inbox for timing the import: N agencies, each a nhan-su roster of R rows for 2016.

    python3 src/test/scripts/large_inbox.py /tmp/large 200 5000
    java -jar target/vtlt-warehouse.jar import --registry /tmp/large/agencies.csv --inbox /tmp/large/inbox --home /tmp/large/home
"""
import os
import sys

root, agencies, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(os.path.join(root, "inbox"), exist_ok=True)
with open(os.path.join(root, "agencies.csv"), "w", encoding="utf-8") as registry:
    registry.write("code,name,agency_type,district,parent_code,valid_from,valid_to,source\n")
    for a in range(1, agencies + 1):
        registry.write(f"L-{a},Đơn vị thử {a},DON_VI_SU_NGHIEP,,,2000-01-01,,\n")
levels = [("Trung cấp", "Văn thư - Lưu trữ"), ("Đại học", "Lưu trữ học"), ("Đại học", "Luật"), ("Chưa qua đào tạo", "")]
for a in range(1, agencies + 1):
    folder = os.path.join(root, "inbox", f"L-{a}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"L-{a}_nhan-su_2016.csv"), "w", encoding="utf-8", newline="") as out:
        out.write("Mã cơ quan,Năm báo cáo,Số định danh,Họ và tên,Năm sinh,Giới tính,Vị trí việc làm,Chế độ,Trình độ,Chuyên ngành\r\n")
        for r in range(rows):
            level, major = levels[r % 4]
            out.write(f"L-{a},2016,079{a:03d}{r:06d},Nguyễn Văn Thử {r},{1960 + r % 40},{'Nam' if r % 2 else 'Nữ'},"
                      f"Văn thư,Chuyên trách,{level},{major}\r\n")

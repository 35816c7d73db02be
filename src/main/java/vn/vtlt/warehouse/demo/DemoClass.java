package vn.vtlt.warehouse.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A training activity of the demo city, as its organiser reports it in dao-tao (and, when {@code listed}, with its
 * participants in hoc-vien).
 *
 * @param organiser      organising agency code
 * @param code           class code
 * @param name           class name
 * @param category       Loại hình as written
 * @param level          Trình độ as written ("" for sessions and conferences)
 * @param topic          Chuyên đề
 * @param provider       Cơ sở đào tạo
 * @param start          first day
 * @param end            last day
 * @param classCount     Số lớp
 * @param participations Số lượt học viên
 * @param funding        VND from the city, the district, the agency, the learners
 * @param listed         whether a participant list is sent
 * @param reportYears    the reporting years whose dao-tao file lists it (a multi-year class is reported again)
 * @param participantsFrom agencies whose staff take part (empty: any)
 */
record DemoClass(String organiser, String code, String name, String category, String level, String topic,
                 String provider, LocalDate start, LocalDate end, int classCount, int participations, long[] funding,
                 boolean listed, List<Integer> reportYears, List<String> participantsFrom) {

    DemoClass withCategory(String newCategory) {
        return new DemoClass(organiser, code, name, newCategory, level, topic, provider, start, end, classCount,
                participations, funding, listed, reportYears, participantsFrom);
    }
}

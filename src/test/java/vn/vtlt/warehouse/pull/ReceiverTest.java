package vn.vtlt.warehouse.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * The receiver archives several files at once ({@link Receiver#ARCHIVING_THREADS}) but records them as a pull one
 * file after the other would: in the order the sources offer them, each file once.
 */
class ReceiverTest {

    @Test
    void recordsFilesInTheOrderTheSourcesOfferThemWhateverOrderTheyAreArchivedIn(@TempDir Path root) throws IOException {
        // given two agencies whose folders hold more files than are archived at once, of varied sizes
        TestCity city = new TestCity(root);
        List<String> offered = new ArrayList<>();
        for (String agency : List.of("A-1", "B-2")) {
            city.agency(agency + ",Đơn vị " + agency + ",DON_VI_SU_NGHIEP,,,2000-01-01,,");
            for (int i = 0; i <= Receiver.ARCHIVING_THREADS; i++) {
                String name = String.format("%s_note-%02d.txt", agency, i);
                city.put(agency, name, ("x".repeat((i * 7919) % 5000) + agency + i).getBytes());
                offered.add(agency + "/" + name);
            }
        }

        // when
        assertThat(city.runImport()).isZero();

        // then file ids follow the registry's agencies, then each folder's names, and every file is archived once
        List<String> recorded = city.query("select source_agency || '/' || file_name from audit_received_file order by file_id")
                .stream().map(row -> (String) row.get(0)).toList();
        assertThat(recorded).isEqualTo(offered.stream().sorted().toList());
        assertThat(archived(city)).hasSize(offered.size() * 2);
    }

    @Test
    void aSourceOfferingTheSameBytesUnderTwoNamesIsReceivedAndArchivedOnce(@TempDir Path root) throws IOException {
        // given an agency's roster and a copy of it under another name in the same folder
        TestCity city = new TestCity(root);
        city.agency("SYT,Sở Y tế (thử),SO_NGANH,,,2000-01-01,,");
        Csv roster = Rosters.rosterCsv("SYT", 1, 2016, 5, 1);
        city.put("SYT", "SYT_nhan-su_2016.csv", roster);
        city.put("SYT", "SYT_nhan-su_2016.csv.bak", roster);

        // when
        assertThat(city.runImport()).isZero();

        // then the first name is received and loaded; the copy is neither recorded nor left in the archive
        assertThat(city.query("select file_name from audit_received_file")).containsExactly(List.of("SYT_nhan-su_2016.csv"));
        assertThat(city.status("SYT", "nhan-su", 2016)).isEqualTo("ACCEPTED");
        assertThat(archived(city)).containsExactly("SYT_nhan-su_2016.csv", "SYT_nhan-su_2016.csv.sha256");
        assertThat(city.log()).contains("SYT_nhan-su_2016.csv.bak from SYT: identical to a file already received from this source");
    }

    private static List<String> archived(TestCity city) throws IOException {
        try (Stream<Path> files = Files.walk(city.home.resolve("archive"))) {
            return files.filter(Files::isRegularFile).filter(f -> !f.startsWith(city.home.resolve("archive/.incoming")))
                    .sorted(Comparator.comparing(Path::toString)).map(f -> f.getFileName().toString()).toList();
        }
    }
}

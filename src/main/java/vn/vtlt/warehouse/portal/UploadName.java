package vn.vtlt.warehouse.portal;

import java.util.Optional;

import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.validate.SubmissionFileName;

/**
 * What an upload is, from the name it was sent under (API) or the clerk's choice (pages): one dataset's file
 * ({@code <agency>_<dataset>_<year>.csv|.xlsx}) or a workbook of several datasets ({@code <agency>_<year>.xlsx},
 * one sheet per dataset, contract section 2). The portal names the file in the inbox from these parts only.
 *
 * @param dataset null for a workbook of several datasets
 */
public record UploadName(String agencyCode, int year, Dataset dataset, String extension) {

    public static UploadName of(SubmissionFileName name) {
        return new UploadName(name.agencyCode(), name.year(), name.dataset(), name.extension());
    }

    public static UploadName workbook(String agencyCode, int year) {
        return new UploadName(agencyCode, year, null, "xlsx");
    }

    /** The upload a name sent to the API stands for; empty for a name that is not a submission's, or a path. */
    public static Optional<UploadName> parse(String fileName) {
        if (fileName.contains("/") || fileName.contains("\\")) {
            return Optional.empty();
        }
        Optional<SubmissionFileName> single = SubmissionFileName.parse(fileName);
        if (single.isPresent()) {
            return single.map(UploadName::of);
        }
        if (!SubmissionFileName.isWorkbookOfDatasets(fileName)) {
            return Optional.empty();
        }
        // the agency and year as the import reads them: from the name it records for one of the workbook's sheets
        return SubmissionFileName.parse(SubmissionFileName.sheetOf(fileName, Dataset.NHAN_SU))
                .map(sheet -> workbook(sheet.agencyCode(), sheet.year()));
    }

    public boolean isWorkbook() {
        return dataset == null;
    }

    /** {@code QH-776_nhan-su_2016.csv} or {@code QH-776_2016.xlsx}, then {@code _2}, {@code _3}... after the year. */
    public String fileName(int n) {
        return agencyCode + "_" + (isWorkbook() ? "" : dataset.code() + "_") + year + (n == 1 ? "" : "_" + n)
                + "." + extension;
    }
}

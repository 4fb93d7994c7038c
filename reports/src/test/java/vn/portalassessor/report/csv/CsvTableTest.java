package vn.portalassessor.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void formulaStartsGetAnApostropheButPlainNumbersKeepTheirSign() {
        assertThat(CsvTable.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.cell("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvTable.cell("-0.5")).isEqualTo("-0.5");
        assertThat(CsvTable.cell("-12")).isEqualTo("-12");
        assertThat(CsvTable.cell("-")).isEqualTo("'-");
        assertThat(CsvTable.cell("Sở Tư pháp")).isEqualTo("Sở Tư pháp");
        assertThat(CsvTable.cell("")).isEmpty();
    }
}

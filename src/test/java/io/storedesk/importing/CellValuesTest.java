package io.storedesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValuesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12.50          | 12.50
            1,234.50       | 1234.50
            -3             | -3
            -11062.06      | -11062.06
            ¥12.5          | 12.5
            ￥ 1,299       | 1299
            12.50元         | 12.50
            １２．５０      | 12.50
            .5             | .5
            1.2E3          | 1.2E3
            """)
    void readsTheNumbersPeopleWrite(String text, String expected) {
        assertThat(CellValues.decimal(text)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} is not a number")
    @CsvSource(delimiter = '|', textBlock = """
            12,5
            1.2.3
            abc
            12 34
            1,23,456
            --1
            """)
    void refusesWhatIsNotClearlyANumber(String text) {
        assertThat(CellValues.decimal(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            17850.0 | 17850
            6       | 6
            """)
    void wholeNumbersMayCarryATrailingZeroFraction(String text, long expected) {
        assertThat(CellValues.wholeNumber(text)).contains(expected);
        assertThat(CellValues.wholeNumber("2.5")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2011-12-09 12:50:00 | 2011-12-09T12:50:00
            2011-12-09 12:50    | 2011-12-09T12:50:00
            2012-02-29 07:05:09 | 2012-02-29T07:05:09
            2011/12/9 12:50     | 2011-12-09T12:50:00
            2011-12-09          | 2011-12-09T00:00:00
            2011年12月9日        | 2011-12-09T00:00:00
            20111209            | 2011-12-09T00:00:00
            2011-12-09T12:50:30 | 2011-12-09T12:50:30
            40886.53472222222   | 2011-12-09T12:50:00
            40886               | 2011-12-09T00:00:00
            40909               | 2012-01-01T00:00:00
            """)
    void readsTheCommonDateFormsAndExcelSerials(String text, LocalDateTime expected) {
        assertThat(CellValues.dateTime(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12/9/2011 12:50
            2011-02-30 10:00:00
            2011/2/30 10:00
            2011-12-09 24:00
            2011-12-09 12:60:00
            9.12.
            12.5
            yesterday
            """)
    void refusesAmbiguousOrUnknownDates(String text) {
        assertThat(CellValues.dateTime(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            true  | true
            YES   | true
            是    | true
            上架   | true
            active | true
            0     | false
            否    | false
            下架   | false
            draft | false
            """)
    void readsYesAndNoInBothLanguages(String text, boolean expected) {
        assertThat(CellValues.bool(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3.65275E+11   | true
            6.9318E+12    | true
            6931800000010 | false
            1.5           | false
            """)
    void recognisesBarcodesExcelTurnedIntoNumbers(String text, boolean scientific) {
        assertThat(CellValues.isScientificNotation(text)).isEqualTo(scientific);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Variant SKU    | variantsku
            variant_sku    | variantsku
            ＶａｒｉａｎｔＳＫＵ | variantsku
            重量(克)        | 重量克
            Weight (g)     | weightg
            """)
    void headersCompareLikePeopleMeanThem(String header, String normalized) {
        assertThat(HeaderNames.normalize(header)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =SUM(A1)      | '=SUM(A1)
            +86 138       | '+86 138
            @cmd          | '@cmd
            -3.50         | -3.50
            -1+2          | '-1+2
            奶瓶           | 奶瓶
            """)
    void exportsEscapeWhatASpreadsheetWouldRun(String text, String written) {
        assertThat(SpreadsheetWriter.safe(text)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a,b,c\\n1,2,3          | ,
            a;b;c\\n1;2,5;3        | ;
            a\\tb\\tc\\n1\\t2\\t3  | TAB
            "a;x",b,c\\n1,2,3     | ,
            """)
    void guessesTheDelimiterFromTheFirstLines(String sample, String delimiter) {
        String text = sample.replace("\\n", "\n").replace("\\t", "\t");
        assertThat(CsvLayout.delimiter(text)).isEqualTo(delimiter.equals("TAB") ? '\t' : delimiter.charAt(0));
    }
}

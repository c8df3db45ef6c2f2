package io.foilint.detect.personal.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NameDictionaryTest {

  private final NameDictionary dict = NameDictionary.bundled();

  @Test
  void bundledListsLoadWithTheirExpectedSizes() {
    // Union of Moby (8,403), SSA >= 500 births (18,085), faker en_IN and the foilint supplement.
    assertThat(dict.firstNameCount()).isBetween(20_000, 25_000);
    // Union of Moby (21,942), faker en / en_IN and the foilint supplement.
    assertThat(dict.surnameCount()).isBetween(22_000, 23_000);
  }

  @Test
  void ukIrishAndSouthAsianFirstNamesAreKnown() {
    for (String name :
        List.of("Siobhan", "Siobhán", "Niamh", "Aoife", "Oisin", "Oisín", "Saoirse", "Eilidh",
            "Dafydd", "Priya", "Mohammed", "Muhammad", "Gurpreet", "Fatima", "John", "Sarah")) {
      assertThat(dict.isFirstName(name)).as(name).isTrue();
    }
  }

  @Test
  void ukIrishAndSouthAsianSurnamesAreKnown() {
    for (String name :
        List.of("Singh", "Patel", "Khan", "Kaur", "Hussain", "Begum", "Murphy", "O'Brien",
            "O’Brien", "OBrien", "Jones", "Williams", "Quinn", "MacDonald", "McCarthy",
            "O'SULLIVAN", "Chowdhury")) {
      assertThat(dict.isSurname(name)).as(name).isTrue();
    }
  }

  @Test
  void caseAccentsAndApostrophesAreIgnored() {
    assertThat(dict.isSurname("SMITH")).isTrue();
    assertThat(dict.isSurname("smith")).isTrue();
    assertThat(dict.isSurname("O`Neill")).isTrue();
    assertThat(dict.isFirstName("NIAMH")).isTrue();
    assertThat(dict.isFirstName("Seán")).isTrue();
  }

  @Test
  void doubleBarrelledSurnamesNeedEveryPartKnown() {
    assertThat(dict.isSurname("Smith-Jones")).isTrue();
    assertThat(dict.isSurname("Smith-Xqzvbn")).isFalse();
    assertThat(dict.isFirstName("Anne-Marie")).isTrue();
  }

  @Test
  void mcMacAndOPrefixesExtendKnownNames() {
    NameDictionary small = NameDictionary.of(List.of("Donald", "Hagan"), List.of("Allister"));
    assertThat(small.isSurname("McAllister")).isTrue();
    assertThat(small.isSurname("MacDonald")).isTrue();
    assertThat(small.isSurname("O'Hagan")).isTrue();
    assertThat(small.isSurname("D’Allister")).isTrue();
    assertThat(small.isSurname("Ohagan")).as("O without apostrophe is not a prefix").isFalse();
    assertThat(small.isSurname("McXqz")).isFalse();
    assertThat(small.isSurname("Donald")).as("prefix rule is for surnames only").isFalse();
  }

  @Test
  void nonNamesAreNotInTheDictionaries() {
    for (String word :
        List.of("Northgate", "Burglary", "Robbery", "Shoplifting", "Total", "Station", "12345",
            "AB12CDE", "", " ", "X")) {
      assertThat(dict.isSurname(word) || dict.isFirstName(word)).as(word).isFalse();
    }
    assertThat(dict.isSurname(null)).isFalse();
  }

  @Test
  void bundledDictionaryIsOneInstanceAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      var seen = ConcurrentHashMap.<NameDictionary>newKeySet();
      java.util.concurrent.Callable<Boolean> task =
          () -> {
            seen.add(NameDictionary.bundled());
            return NameDictionary.bundled().isSurname("Patel");
          };
      List<Future<Boolean>> futures = pool.invokeAll(java.util.Collections.nCopies(8, task));
      for (Future<Boolean> f : futures) {
        assertThat(f.get()).isEqualTo(true);
      }
      assertThat(seen).hasSize(1);
    } finally {
      pool.shutdown();
      pool.awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}

package com.quillmark.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SasRedactorTest {

  static Stream<Arguments> urls() {
    return Stream.of(
        Arguments.of(
            "https://qmnotifyqueues.queue.core.windows.net/email-outbox?sv=2021-12-02&spr=https&se=2027-12-31T23%3A59%3A00Z&sp=ap&sig=kF5W9OMGm9q5e792G15f5xKaANplzgFK%2FvWXjVUQhU8%3D",
            "https://qmnotifyqueues.queue.core.windows.net/email-outbox?sv=2021-12-02&spr=https&se=2027-12-31T23%3A59%3A00Z&sp=ap&sig=REDACTED"),
        Arguments.of(
            "https://qmfilesharesprd.file.core.windows.net/scans/inbox/2026-11/scan-0001.pdf?sv=2022-11-02&spr=https&se=2026-08-31T00%3A00%3A00Z&sr=f&sp=r&sig=vcFMC%2BC%2B%2FPcCm3FzllqRWJxL%2FgDWJnS7rDCZ3vNGg64%3D",
            "https://qmfilesharesprd.file.core.windows.net/scans/inbox/2026-11/scan-0001.pdf?REDACTED"),
        Arguments.of(
            "https://qmfilesharesprd.file.core.windows.net/scans?comp=list&restype=directory",
            "https://qmfilesharesprd.file.core.windows.net/scans?comp=list&restype=directory"));
  }

  @ParameterizedTest
  @MethodSource("urls")
  void redactsSignature(String in, String expected) {
    assertThat(SasRedactor.redact(in)).isEqualTo(expected);
  }
}

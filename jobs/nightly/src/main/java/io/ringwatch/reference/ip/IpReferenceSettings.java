package io.ringwatch.reference.ip;

import java.util.List;

/**
 * The IP reference files of a run, as configured in {@code block} ({@code ringwatch.enrich},
 * validated there with every other stage's settings): the IP → country files, the IP → ASN
 * files, and the installation's reference folder ({@link ReferencePaths}).
 */
public record IpReferenceSettings(String block, List<String> countryFiles, List<String> asnFiles,
    String referenceDir) {}

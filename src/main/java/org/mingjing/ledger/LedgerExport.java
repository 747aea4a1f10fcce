package org.mingjing.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an export (a zip) that a court or an auditor checks with nothing but the file itself and
 * {@code java -jar mingjing.jar verify FILE.zip} ({@link ExportVerifier}): the files (documents, evidence), a
 * manifest of their sizes and SHA-256/SM3, the subject's ledger entries with the content each covers, an inclusion
 * proof for each against a signed checkpoint, and the checkpoint. Files are streamed into the zip and hashed on the
 * way; the manifest, written last, names what was actually written.
 */
public final class LedgerExport implements AutoCloseable {

    public static final String FORMAT = "mingjing-export/1";
    public static final String MANIFEST = "manifest.json";
    public static final String ENTRIES = "ledger/entries.json";
    public static final String PROOFS = "ledger/proofs.json";
    public static final String CHECKPOINT = "ledger/checkpoint.json";

    private final ZipOutputStream zip;
    private final ObjectNode manifest = CanonicalJson.mapper().createObjectNode();
    private final ArrayNode files;
    private final List<String> paths = new ArrayList<>();

    public LedgerExport(OutputStream out, String subjectType, String subjectId, Map<String, String> subjectFacts) {
        this.zip = new ZipOutputStream(out);
        manifest.put("format", FORMAT);
        ObjectNode subject = manifest.putObject("subject");
        subject.put("type", subjectType);
        subject.put("id", subjectId);
        subjectFacts.forEach(subject::put);
        files = manifest.putArray("files");
    }

    /** Adds a file; {@code attestedBy} names the ledger entry whose content records this file's SHA-256, if one does. */
    public void file(String path, String role, String ref, String attestedBy, InputStream content) throws IOException {
        String unique = unique(path);
        zip.putNextEntry(new ZipEntry(unique));
        FileFixity fixity = FileFixity.of(content, zip);
        zip.closeEntry();
        ObjectNode f = files.addObject();
        f.put("path", unique);
        f.put("role", role);
        f.put("ref", ref);
        f.put("size", fixity.size());
        f.put("sha256", fixity.sha256());
        f.put("sm3", fixity.sm3());
        if (attestedBy != null) {
            f.put("attestedBy", attestedBy);
        }
    }

    /** Adds the entries with their contents, the inclusion proofs and the checkpoint, then the manifest; closes the zip. */
    public void finish(List<LedgerEntry> entries, Map<String, String> contents, Map<String, List<String>> proofs,
            Checkpoint checkpoint, Map<String, String> about) throws IOException {
        ArrayNode list = CanonicalJson.mapper().createArrayNode();
        ObjectNode proofNode = CanonicalJson.mapper().createObjectNode();
        proofNode.put("treeSize", checkpoint.size());
        proofNode.put("rootHash", checkpoint.rootHash());
        ArrayNode inclusion = proofNode.putArray("inclusion");
        for (LedgerEntry e : entries) {
            ObjectNode o = list.addObject();
            o.put("index", e.index());
            o.put("id", e.id());
            o.put("subjectType", e.subjectType());
            o.put("subjectId", e.subjectId());
            o.put("recordRef", e.recordRef());
            o.put("stage", e.stage());
            o.put("action", e.action());
            o.put("actor", e.actor());
            o.put("recordedAt", LedgerEntry.INSTANT.format(e.recordedAt().toInstant()));
            o.put("contentHash", e.contentHash());
            o.put("leafHash", e.leafHash());
            String content = contents.get(e.id());
            o.set("content", content == null ? null : CanonicalJson.mapper().readTree(content));
            List<String> path = proofs.get(e.id());
            if (path != null) {
                ObjectNode p = inclusion.addObject();
                p.put("entryId", e.id());
                p.put("index", e.index());
                path.forEach(p.putArray("path")::add);
            }
        }
        json(ENTRIES, list);
        json(PROOFS, proofNode);
        ObjectNode cp = CanonicalJson.mapper().createObjectNode();
        cp.put("size", checkpoint.size());
        cp.put("rootHash", checkpoint.rootHash());
        cp.put("issuedAt", LedgerEntry.INSTANT.format(checkpoint.issuedAt().toInstant()));
        cp.put("algorithm", checkpoint.algorithm());
        cp.put("signature", checkpoint.signature());
        cp.put("publicKey", checkpoint.publicKey());
        json(CHECKPOINT, cp);
        about.forEach(manifest::put);
        manifest.put("entries", ENTRIES);
        manifest.put("proofs", PROOFS);
        manifest.put("checkpoint", CHECKPOINT);
        json(MANIFEST, manifest);
        zip.finish();
    }

    /** A plain text file for people (how to verify), not covered by the manifest. */
    public void text(String path, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(unique(path)));
        zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private void json(String path, Object node) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(CanonicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(node));
        zip.closeEntry();
    }

    private String unique(String path) {
        String p = path;
        int i = 2;
        while (paths.contains(p)) {
            int dot = path.lastIndexOf('.');
            p = dot > path.lastIndexOf('/') ? path.substring(0, dot) + "-" + i + path.substring(dot) : path + "-" + i;
            i++;
        }
        paths.add(p);
        return p;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}

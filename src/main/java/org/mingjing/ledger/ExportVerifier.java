package org.mingjing.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import tools.jackson.databind.JsonNode;

/**
 * {@code java -jar mingjing.jar verify FILE.zip}: checks an export offline, with no database and no network —
 * every file against the manifest (size, SHA-256, SM3), every evidence file against the ledger entry that
 * recorded its hash, every entry's content against its content hash and its fields against its leaf hash, every
 * entry's inclusion proof against the checkpoint's root, and the checkpoint's signature. Prints a readable report
 * (Chinese, or English when the system's language is not Chinese) and ends with 0 when all holds, 1 when anything
 * does not, 2 when the input is not an export it can read.
 */
public final class ExportVerifier {

    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int BAD_INPUT = 2;

    private final ResourceBundle text;
    private final PrintStream out;
    private final List<String> problems = new ArrayList<>();

    public ExportVerifier(PrintStream out, Locale locale) {
        this.out = out;
        Locale l = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        this.text = ResourceBundle.getBundle("i18n/ledger", l, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The command: one argument, the export's path. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ExportVerifier v = new ExportVerifier(out, Locale.getDefault());
        if (args.length != 1) {
            err.println(v.say("verify.usage"));
            return BAD_INPUT;
        }
        return v.verify(Path.of(args[0]));
    }

    /** Thrown when the input is not an export this verifier can read. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    public int verify(Path path) {
        out.println(say("verify.title", path));
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            out.println(say("verify.bad-input", say("verify.not-readable")));
            return BAD_INPUT;
        }
        try (ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8)) {
            check(zip);
        } catch (ZipException e) {
            out.println(say("verify.bad-input", say("verify.not-zip")));
            return BAD_INPUT;
        } catch (BadInput e) {
            out.println(say("verify.bad-input", e.getMessage()));
            return BAD_INPUT;
        } catch (IOException e) {
            out.println(say("verify.bad-input", e.toString()));
            return BAD_INPUT;
        }
        if (problems.isEmpty()) {
            out.println(say("verify.valid"));
            return VALID;
        }
        out.println(say("verify.invalid", problems.size()));
        return INVALID;
    }

    private void check(ZipFile zip) throws IOException, BadInput {
        JsonNode manifest = json(zip, LedgerExport.MANIFEST);
        if (!LedgerExport.FORMAT.equals(manifest.path("format").asString(""))) {
            throw new BadInput(say("verify.format", manifest.path("format").asString("?")));
        }
        JsonNode entries = json(zip, manifest.path("entries").asString(LedgerExport.ENTRIES));
        JsonNode proofs = json(zip, manifest.path("proofs").asString(LedgerExport.PROOFS));
        JsonNode cp = json(zip, manifest.path("checkpoint").asString(LedgerExport.CHECKPOINT));
        if (!entries.isArray() || !proofs.path("inclusion").isArray() || !manifest.path("files").isArray()) {
            throw new BadInput(say("verify.structure"));
        }
        JsonNode subject = manifest.path("subject");
        out.println(say("verify.subject", subject.path("type").asString("?"), subject.path("number")
                .asString(subject.path("id").asString("?"))));

        // the checkpoint
        Checkpoint checkpoint;
        try {
            checkpoint = new Checkpoint(cp.path("size").asLong(-1), cp.path("rootHash").asString(""),
                    Instant.parse(cp.path("issuedAt").asString("")).atOffset(java.time.ZoneOffset.UTC),
                    cp.path("algorithm").asString(""), cp.path("signature").asString(""),
                    cp.path("publicKey").asString(""));
        } catch (RuntimeException e) {
            throw new BadInput(say("verify.structure"));
        }
        boolean signed = Ledger.signatureValid(checkpoint);
        report(signed, say("verify.checkpoint", checkpoint.size(), checkpoint.rootHash(), checkpoint.algorithm(),
                Signatures.fingerprint(checkpoint.publicKey())));
        if (!signed) {
            problems.add("checkpoint");
        }
        byte[] root;
        try {
            root = MerkleTree.unhex(checkpoint.rootHash());
        } catch (IllegalArgumentException e) {
            root = new byte[0];
        }

        // the entries
        Map<String, List<byte[]>> paths = new HashMap<>();
        for (JsonNode p : proofs.path("inclusion")) {
            List<byte[]> path = new ArrayList<>();
            for (JsonNode h : p.path("path")) {
                path.add(hexOrEmpty(h.asString("")));
            }
            paths.put(p.path("entryId").asString(""), path);
        }
        Map<String, JsonNode> contentById = new HashMap<>();
        Set<Long> indices = new HashSet<>();
        int good = 0;
        for (JsonNode e : entries) {
            String id = e.path("id").asString("");
            long index = e.path("index").asLong(-1);
            String label = say("verify.entry", index, e.path("action").asString("?"), e.path("recordedAt").asString("?"));
            List<String> wrong = new ArrayList<>();
            JsonNode content = e.get("content");
            contentById.put(id, content);
            String contentHash = e.path("contentHash").asString("");
            if (content == null || content.isNull()) {
                wrong.add(say("verify.content-missing"));
            } else if (!CanonicalJson.hash(CanonicalJson.of(content)).equals(contentHash)) {
                wrong.add(say("verify.content-changed"));
            }
            String leaf;
            try {
                leaf = MerkleTree.hex(MerkleTree.leafHash(LedgerEntry.leafData(id, e.path("subjectType").asString(""),
                        e.path("subjectId").asString(""), e.path("recordRef").asString(""),
                        e.path("stage").asString(""), e.path("action").asString(""), e.path("actor").asString(""),
                        Instant.parse(e.path("recordedAt").asString("")), contentHash)));
            } catch (RuntimeException ex) {
                leaf = "";
            }
            if (!leaf.equals(e.path("leafHash").asString())) {
                wrong.add(say("verify.leaf-changed"));
            }
            if (!subject.path("id").asString("").equals(e.path("subjectId").asString(""))) {
                wrong.add(say("verify.other-subject"));
            }
            if (!indices.add(index)) {
                wrong.add(say("verify.duplicate-index"));
            }
            List<byte[]> path = paths.get(id);
            if (path == null) {
                wrong.add(say("verify.no-proof"));
            } else if (leaf.isEmpty() || !MerkleTree.verifyInclusion(MerkleTree.unhex(leaf), index,
                    checkpoint.size(), path, root)) {
                wrong.add(say("verify.not-included", checkpoint.size()));
            }
            if (wrong.isEmpty()) {
                good++;
            } else {
                report(false, label + " — " + String.join(say("verify.separator"), wrong));
                problems.add(id);
            }
        }
        report(good == entries.size(), say("verify.entries", good, entries.size()));

        // the files
        Set<String> listed = new HashSet<>(List.of(LedgerExport.MANIFEST, LedgerExport.ENTRIES, LedgerExport.PROOFS,
                LedgerExport.CHECKPOINT));
        int filesGood = 0;
        for (JsonNode f : manifest.path("files")) {
            String name = f.path("path").asString("");
            listed.add(name);
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                report(false, say("verify.file-missing", name));
                problems.add(name);
                continue;
            }
            FileFixity actual = hash(zip, entry);
            List<String> wrong = new ArrayList<>();
            if (actual.size() != f.path("size").asLong(-1) || !actual.sha256().equals(f.path("sha256").asString(""))
                    || !actual.sm3().equals(f.path("sm3").asString(""))) {
                wrong.add(say("verify.file-changed"));
            }
            String attestedBy = f.path("attestedBy").asString(null);
            if (attestedBy != null && !mentions(contentById.get(attestedBy), actual.sha256())) {
                wrong.add(say("verify.file-not-recorded"));
            }
            if (wrong.isEmpty()) {
                filesGood++;
            } else {
                report(false, name + " — " + String.join(say("verify.separator"), wrong));
                problems.add(name);
            }
        }
        report(filesGood == manifest.path("files").size(), say("verify.files", filesGood, manifest.path("files").size()));
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry z = all.nextElement();
            if (!z.isDirectory() && !listed.contains(z.getName()) && !z.getName().startsWith("README")) {
                report(false, say("verify.file-unlisted", z.getName()));
                problems.add(z.getName());
            }
        }
    }

    private static boolean mentions(JsonNode node, String value) {
        if (node == null) {
            return false;
        }
        if (node.isString()) {
            return value.equals(node.asString());
        }
        for (JsonNode child : node) {
            if (mentions(child, value)) {
                return true;
            }
        }
        return false;
    }

    private static FileFixity hash(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return FileFixity.of(in);
        }
    }

    private JsonNode json(ZipFile zip, String name) throws IOException, BadInput {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new BadInput(say("verify.missing", name));
        }
        try (InputStream in = zip.getInputStream(e)) {
            JsonNode node = CanonicalJson.mapper().readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new BadInput(say("verify.not-json", name));
            }
            return node;
        } catch (RuntimeException ex) {
            throw new BadInput(say("verify.not-json", name));
        }
    }

    private static byte[] hexOrEmpty(String hex) {
        try {
            return MerkleTree.unhex(hex);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private void report(boolean ok, String line) {
        out.println((ok ? "  [OK]   " : "  [FAIL] ") + line);
    }

    private String say(String key, Object... args) {
        return MessageFormat.format(text.getString(key), args);
    }
}

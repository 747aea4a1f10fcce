/**
 * The tamper-evident ledger (防篡改账本): an append-only log of every state change, its RFC 6962 Merkle tree,
 * signed checkpoints, inclusion and consistency proofs, and their verification — online, as a job over the whole
 * log, and offline over an exported case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger", allowedDependencies = "shared")
package org.mingjing.ledger;

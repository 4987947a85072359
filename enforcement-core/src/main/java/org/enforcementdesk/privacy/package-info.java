/**
 * Personal data at rest: the ciphers ({@link org.enforcementdesk.privacy.PersonalDataCipher}: AES-GCM by default, SM4
 * through BouncyCastle), the host's {@link org.enforcementdesk.privacy.KeyProvider} that wraps each party's data key,
 * where the wrapped keys are kept ({@link org.enforcementdesk.privacy.PartyKeyStore}), and the {@link
 * org.enforcementdesk.privacy.EncryptingSealer} a ledger stores personal data through. Erasing a party destroys its
 * key.
 */
package org.enforcementdesk.privacy;

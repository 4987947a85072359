package org.enforcementdesk.privacy;

/**
 * An authenticated cipher for personal data: a fresh random nonce per value, the party and key bound in as associated
 * data, so that a value moved to another party or tampered with does not open. {@link #AES_GCM} is the default;
 * {@link #sm4Gcm()} is GB/T 32907 SM4 for hosts that must pass a commercial-cryptography (商用密码) assessment.
 */
public interface PersonalDataCipher {

  /** AES-256 in GCM mode with a 96-bit nonce and a 128-bit tag, from the JDK. */
  PersonalDataCipher AES_GCM = new AesGcmCipher();

  /**
   * SM4 (GB/T 32907-2016) in GCM mode with a 96-bit nonce and a 128-bit tag, from BouncyCastle.
   *
   * @throws IllegalStateException if {@code org.bouncycastle:bcprov-jdk18on} is not on the classpath
   */
  static PersonalDataCipher sm4Gcm() {
    return Sm4GcmCipher.create();
  }

  /** The name stored with every value, so that a reader knows the cipher: {@code AES-GCM}, {@code SM4-GCM}. */
  String name();

  /** A new random data key of this cipher's size. */
  byte[] newKey();

  /**
   * Encrypts.
   *
   * @param key a key from {@link #newKey}
   * @param plaintext the data
   * @param associated data bound to the value but not stored in it
   * @return nonce and ciphertext with its tag
   */
  byte[] encrypt(byte[] key, byte[] plaintext, byte[] associated);

  /**
   * Decrypts what {@link #encrypt} gave.
   *
   * @param key the key it was encrypted with
   * @param sealed what {@link #encrypt} returned
   * @param associated the associated data it was encrypted with
   * @return the data
   *
   * @throws IllegalArgumentException if it does not open: a wrong key, other associated data, a tampered value
   */
  byte[] decrypt(byte[] key, byte[] sealed, byte[] associated);
}

package org.enforcementdesk.privacy;

import static com.google.common.base.Preconditions.checkArgument;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-256-GCM through the JDK's provider. Thread-safe: a {@link Cipher} is made per call. */
final class AesGcmCipher implements PersonalDataCipher {

  static final int NONCE_BYTES = 12;
  static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public String name() {
    return "AES-GCM";
  }

  @Override
  public byte[] newKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  @Override
  public byte[] encrypt(byte[] key, byte[] plaintext, byte[] associated) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, associated);
      byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + cipher.getOutputSize(plaintext.length));
      cipher.doFinal(plaintext, 0, plaintext.length, sealed, NONCE_BYTES);
      return sealed;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK: " + e.getMessage(), e);
    }
  }

  @Override
  public byte[] decrypt(byte[] key, byte[] sealed, byte[] associated) {
    checkArgument(sealed.length > NONCE_BYTES, "the sealed value is too short to hold a nonce and a tag");
    try {
      return cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(sealed, NONCE_BYTES), associated)
          .doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the sealed value does not open with the party's key (a wrong key or a"
          + " tampered value)", e);
    }
  }

  private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] associated)
      throws GeneralSecurityException {
    checkArgument(key.length == 32, "an AES-GCM data key has 32 bytes, not %s", key.length);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(associated);
    return cipher;
  }
}

package org.enforcementdesk.privacy;

import static com.google.common.base.Preconditions.checkArgument;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4-GCM through BouncyCastle's lightweight API, so no JCA provider is registered in the host's JVM. BouncyCastle is
 * an optional dependency of core: only this class touches it, and only when a host asks for SM4.
 */
final class Sm4GcmCipher implements PersonalDataCipher {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Sm4GcmCipher() {}

  static PersonalDataCipher create() {
    try {
      Class.forName("org.bouncycastle.crypto.engines.SM4Engine", false, Sm4GcmCipher.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("SM4 needs BouncyCastle: add org.bouncycastle:bcprov-jdk18on (1.87) to the"
          + " host's dependencies", e);
    }
    return new Sm4GcmCipher();
  }

  @Override
  public String name() {
    return "SM4-GCM";
  }

  @Override
  public byte[] newKey() {
    byte[] key = new byte[16];
    RANDOM.nextBytes(key);
    return key;
  }

  @Override
  public byte[] encrypt(byte[] key, byte[] plaintext, byte[] associated) {
    byte[] nonce = new byte[AesGcmCipher.NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    GCMModeCipher gcm = gcm(true, key, nonce, associated);
    byte[] sealed = Arrays.copyOf(nonce, nonce.length + gcm.getOutputSize(plaintext.length));
    int written = gcm.processBytes(plaintext, 0, plaintext.length, sealed, nonce.length);
    try {
      gcm.doFinal(sealed, nonce.length + written);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("SM4-GCM failed to encrypt: " + e.getMessage(), e);
    }
    return sealed;
  }

  @Override
  public byte[] decrypt(byte[] key, byte[] sealed, byte[] associated) {
    int nonceBytes = AesGcmCipher.NONCE_BYTES;
    checkArgument(sealed.length > nonceBytes, "the sealed value is too short to hold a nonce and a tag");
    GCMModeCipher gcm = gcm(false, key, Arrays.copyOf(sealed, nonceBytes), associated);
    byte[] plain = new byte[gcm.getOutputSize(sealed.length - nonceBytes)];
    int written = gcm.processBytes(sealed, nonceBytes, sealed.length - nonceBytes, plain, 0);
    try {
      written += gcm.doFinal(plain, written);
    } catch (InvalidCipherTextException e) {
      throw new IllegalArgumentException("the sealed value does not open with the party's key (a wrong key or a"
          + " tampered value)", e);
    }
    return Arrays.copyOf(plain, written);
  }

  private static GCMModeCipher gcm(boolean encrypt, byte[] key, byte[] nonce, byte[] associated) {
    checkArgument(key.length == 16, "an SM4 data key has 16 bytes, not %s", key.length);
    GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
    gcm.init(encrypt, new AEADParameters(new KeyParameter(key), AesGcmCipher.TAG_BITS, nonce, associated));
    return gcm;
  }
}

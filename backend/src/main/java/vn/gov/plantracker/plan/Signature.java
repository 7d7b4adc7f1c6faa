package vn.gov.plantracker.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The signature block: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name". */
@Embeddable
public class Signature {

  @Column(name = "sign_on_behalf_of")
  public String onBehalfOf;

  @Column(name = "sign_for")
  public String signingFor;

  @Column(name = "signer_title")
  public String signerTitle;

  @Column(name = "signer_name")
  public String signerName;
}

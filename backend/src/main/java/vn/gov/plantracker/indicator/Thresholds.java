package vn.gov.plantracker.indicator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/**
 * How far below the path a value may be, in percentage points: within the tolerance it is on track,
 * within the margin at risk, further off track.
 */
@ConfigMapping(prefix = "plantracker.targets")
public interface Thresholds {

  @WithDefault("0")
  BigDecimal tolerance();

  @WithDefault("5")
  BigDecimal atRiskMargin();
}

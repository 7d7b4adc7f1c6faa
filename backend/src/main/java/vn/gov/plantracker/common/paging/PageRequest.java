package vn.gov.plantracker.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Page number (from 0) and size, taken from the query string of every list endpoint. */
public class PageRequest {

  public static final int MAX_SIZE = 200;

  /** Far beyond any list here, and small enough that page × size never overflows. */
  public static final int MAX_PAGE = 1_000_000;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  @Max(MAX_PAGE)
  @Parameter(description = "Page number, from 0 to 1000000.")
  int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(1)
  @Max(MAX_SIZE)
  @Parameter(description = "Items per page, 1 to 200.")
  int size;

  public PageRequest() {}

  public PageRequest(int page, int size) {
    this.page = page;
    this.size = size;
  }

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }

  public int offset() {
    return page * size;
  }
}

import { testCheck } from "../../../test/support/check-table.js";
import table from "./cross-zone-parts.cases.js";
import check from "./cross-zone-parts.js";

testCheck(check, table);

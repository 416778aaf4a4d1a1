import { testCheck } from "../../../test/support/check-table.js";
import table from "./zone-links-permitted.cases.js";
import check from "./zone-links-permitted.js";

testCheck(check, table);

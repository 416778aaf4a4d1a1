import { testCheck } from "../../../test/support/check-table.js";
import table from "./availability-recovery-time.cases.js";
import check from "./availability-recovery-time.js";

testCheck(check, table);

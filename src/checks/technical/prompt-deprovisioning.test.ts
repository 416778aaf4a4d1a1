import { testCheck } from "../../../test/support/check-table.js";
import table from "./prompt-deprovisioning.cases.js";
import check from "./prompt-deprovisioning.js";

testCheck(check, table);

import { testCheck } from "../../../test/support/check-table.js";
import table from "./endpoint-protection.cases.js";
import check from "./endpoint-protection.js";

testCheck(check, table);

import { testCheck } from "../../../test/support/check-table.js";
import table from "./privileged-accounts-protected.cases.js";
import check from "./privileged-accounts-protected.js";

testCheck(check, table);

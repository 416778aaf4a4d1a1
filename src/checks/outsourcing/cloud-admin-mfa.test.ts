import { testCheck } from "../../../test/support/check-table.js";
import table from "./cloud-admin-mfa.cases.js";
import check from "./cloud-admin-mfa.js";

testCheck(check, table);

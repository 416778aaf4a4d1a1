import { testCheck } from "../../../test/support/check-table.js";
import table from "./policy-acknowledgement-current.cases.js";
import check from "./policy-acknowledgement-current.js";

testCheck(check, table);

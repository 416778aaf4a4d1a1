import { testCheck } from "../../../test/support/check-table.js";
import table from "./incident-response-plan.cases.js";
import check from "./incident-response-plan.js";

testCheck(check, table);

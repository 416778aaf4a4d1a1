import { testCheck } from "../../../test/support/check-table.js";
import table from "./incident-response-plan-reviewed.cases.js";
import check from "./incident-response-plan-reviewed.js";

testCheck(check, table);

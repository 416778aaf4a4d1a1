import { testCheck } from "../../../test/support/check-table.js";
import table from "./cloud-assurance.cases.js";
import check from "./cloud-assurance.js";

testCheck(check, table);

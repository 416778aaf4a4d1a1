import { testCheck } from "../../../test/support/check-table.js";
import table from "./cloud-data-location.cases.js";
import check from "./cloud-data-location.js";

testCheck(check, table);

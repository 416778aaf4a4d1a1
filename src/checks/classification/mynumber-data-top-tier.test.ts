import { testCheck } from "../../../test/support/check-table.js";
import table from "./mynumber-data-top-tier.cases.js";
import check from "./mynumber-data-top-tier.js";

testCheck(check, table);

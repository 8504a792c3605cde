"""Shared pieces of the held-back template-set tests (`tests/test_bench_heldout*.py`).

`SETS` holds what differs between the sets in the checks they share: the made-up bodies each
set is generated from (word list, seed, title and paragraph prefixes, as each set's tests
have always used), its styles and seed in the planted benchmark, three publishers that must
occur and the range its family count must fall in. `planted_docs` generates a set's corpus
once per test session; the helpers below are the checks the per-set files make with their
own family names, and the look-ups they share (the styles by domain, a family's wording on a
day, every day from 2015 to 2020, a style's pool, a style's group of renamed variants,
white-space-normalised pattern matching), each given the set's name.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from cleanpipe.sample.model import PlantedDoc, label_family
from cleanpipe.sample.templates import PublisherStyle
from tests.bench.heldout_templates_2 import heldout2_styles
from tests.bench.heldout_templates_3 import heldout3_styles
from tests.bench.heldout_templates_4 import heldout4_styles
from tests.bench.heldout_templates_5 import heldout5_styles
from tests.bench.heldout_templates_6 import heldout6_styles
from tests.bench.heldout_templates_7 import heldout7_styles
from tests.bench.heldout_templates_8 import heldout8_styles
from tests.bench.heldout_templates_9 import heldout9_styles
from tests.bench.heldout_templates_10 import heldout10_styles
from tests.bench.heldout_templates_11 import heldout11_styles
from tests.bench.heldout_templates_12 import heldout12_styles
from tests.bench.heldout_templates_13 import heldout13_styles
from tests.bench.heldout_templates_14 import heldout14_styles
from tests.bench.heldout_templates_15 import heldout15_styles
from tests.bench.heldout_templates_16 import heldout16_styles
from tests.bench.heldout_templates_17 import heldout17_styles
from tests.bench.heldout_templates_18 import heldout18_styles
from tests.bench.heldout_templates_19 import heldout19_styles
from tests.bench.heldout_templates_20 import heldout20_styles
from tests.bench.heldout_templates_21 import heldout21_styles
from tests.bench.heldout_templates_22 import heldout22_styles
from tests.bench.heldout_templates_23 import heldout23_styles
from tests.bench.heldout_templates_24 import heldout24_styles
from tests.bench.heldout_templates_25 import heldout25_styles
from tests.bench.heldout_templates_26 import heldout26_styles
from tests.bench.heldout_templates_27 import heldout27_styles
from tests.bench.heldout_templates_28 import heldout28_styles
from tests.bench.heldout_templates_29 import heldout29_styles
from tests.bench.heldout_templates_30 import heldout30_styles
from tests.bench.heldout_templates_31 import heldout31_styles
from tests.bench.heldout_templates_32 import heldout32_styles
from tests.bench.heldout_templates_33 import heldout33_styles
from tests.bench.heldout_templates_34 import heldout34_styles
from tests.bench.heldout_templates_35 import heldout35_styles
from tests.bench.heldout_templates_36 import heldout36_styles
from tests.bench.heldout_templates_37 import heldout37_styles
from tests.bench.heldout_templates_38 import heldout38_styles
from tests.bench.heldout_templates_39 import heldout39_styles
from tests.bench.heldout_templates_40 import heldout40_styles
from tests.bench.heldout_templates_41 import heldout41_styles
from tests.bench.heldout_templates_42 import heldout42_styles
from tests.bench.heldout_templates_43 import heldout43_styles
from tests.bench.heldout_templates_44 import heldout44_styles
from tests.bench.heldout_templates_45 import heldout45_styles
from tests.bench.heldout_templates_46 import heldout46_styles
from tests.bench.heldout_templates_47 import heldout47_styles
from tests.bench.heldout_templates_48 import heldout48_styles
from tests.bench.heldout_templates_49 import heldout49_styles
from tests.bench.heldout_templates_50 import heldout50_styles
from tests.bench.heldout_templates_51 import heldout51_styles
from tests.bench.heldout_templates_52 import heldout52_styles
from tests.bench.heldout_templates_53 import heldout53_styles
from tests.bench.heldout_templates_54 import heldout54_styles
from tests.bench.heldout_templates_55 import heldout55_styles
from tests.bench.heldout_templates_56 import heldout56_styles
from tests.bench.heldout_templates_57 import heldout57_styles
from tests.bench.heldout_templates_58 import heldout58_styles
from tests.bench.heldout_templates_59 import heldout59_styles
from tests.bench.heldout_templates_60 import heldout60_styles
from tests.bench.heldout_templates_61 import heldout61_styles
from tests.bench.heldout_templates_62 import heldout62_styles
from tests.bench.heldout_templates_63 import heldout63_styles
from tests.bench.heldout_templates_64 import heldout64_styles
from tests.bench.heldout_templates_65 import heldout65_styles
from tests.bench.heldout_templates_66 import heldout66_styles
from tests.bench.heldout_templates_67 import heldout67_styles
from tests.bench.heldout_templates_68 import heldout68_styles
from tests.bench.heldout_templates_69 import heldout69_styles
from tests.bench.heldout_templates_70 import heldout70_styles
from tests.bench.heldout_templates_71 import heldout71_styles
from tests.bench.heldout_templates_72 import heldout72_styles
from tests.bench.heldout_templates_73 import heldout73_styles
from tests.bench.heldout_templates_74 import heldout74_styles
from tests.bench.heldout_templates_75 import heldout75_styles
from tests.bench.heldout_templates_76 import heldout76_styles
from tests.bench.heldout_templates_77 import heldout77_styles
from tests.bench.heldout_templates_78 import heldout78_styles
from tests.bench.heldout_templates_79 import heldout79_styles
from tests.bench.heldout_templates_80 import heldout80_styles
from tests.bench.heldout_templates_81 import heldout81_styles
from tests.bench.heldout_templates_82 import heldout82_styles
from tests.bench.heldout_templates_83 import heldout83_styles
from tests.bench.heldout_templates_84 import heldout84_styles
from tests.bench.heldout_templates_85 import heldout85_styles
from tests.bench.heldout_templates_86 import heldout86_styles
from tests.bench.heldout_templates_87 import heldout87_styles
from tests.bench.heldout_templates_88 import heldout88_styles
from tests.bench.heldout_templates_89 import heldout89_styles
from tests.bench.heldout_templates_90 import heldout90_styles
from tests.bench.heldout_templates_91 import heldout91_styles
from tests.bench.heldout_templates_92 import heldout92_styles
from tests.bench.heldout_templates_93 import heldout93_styles
from tests.bench.heldout_templates_94 import heldout94_styles
from tests.bench.heldout_templates_95 import heldout95_styles
from tests.bench.heldout_templates_96 import heldout96_styles
from tests.bench.heldout_templates_97 import heldout97_styles
from tests.bench.heldout_templates_98 import heldout98_styles
from tests.bench.heldout_templates_99 import heldout99_styles
from tests.bench.heldout_templates_100 import heldout100_styles
from tests.bench.heldout_templates_101 import heldout101_styles
from tests.bench.heldout_templates_102 import heldout102_styles
from tests.bench.heldout_templates_103 import heldout103_styles
from tests.bench.heldout_templates_104 import heldout104_styles
from tests.bench.heldout_templates_105 import heldout105_styles
from tests.bench.heldout_templates_106 import heldout106_styles
from tests.bench.heldout_templates_107 import heldout107_styles
from tests.bench.heldout_templates_108 import heldout108_styles
from tests.bench.heldout_templates_109 import heldout109_styles
from tests.bench.heldout_templates_110 import heldout110_styles
from tests.bench.heldout_templates_111 import heldout111_styles
from tests.bench.heldout_templates_112 import heldout112_styles
from tests.bench.heldout_templates_113 import heldout113_styles
from tests.bench.heldout_templates_114 import heldout114_styles
from tests.bench.heldout_templates_115 import heldout115_styles
from tests.bench.heldout_templates_116 import heldout116_styles
from tests.bench.heldout_templates_117 import heldout117_styles
from tests.bench.heldout_templates_118 import heldout118_styles
from tests.bench.heldout_templates_119 import heldout119_styles
from tests.bench.heldout_templates_120 import heldout120_styles
from tests.bench.heldout_templates_121 import heldout121_styles
from tests.bench.heldout_templates_122 import heldout122_styles
from tests.bench.heldout_templates_123 import heldout123_styles
from tests.bench.heldout_templates_124 import heldout124_styles
from tests.bench.heldout_templates_125 import heldout125_styles
from tests.bench.heldout_templates_126 import heldout126_styles
from tests.bench.heldout_templates_127 import heldout127_styles
from tests.bench.heldout_templates_128 import heldout128_styles
from tests.bench.heldout_templates_129 import heldout129_styles
from tests.bench.heldout_templates_130 import heldout130_styles
from tests.bench.heldout_templates_131 import heldout131_styles
from tests.bench.heldout_templates_132 import heldout132_styles
from tests.bench.heldout_templates_133 import heldout133_styles
from tests.bench.heldout_templates_134 import heldout134_styles
from tests.bench.heldout_templates_135 import heldout135_styles
from tests.bench.heldout_templates_136 import heldout136_styles
from tests.bench.heldout_templates_137 import heldout137_styles
from tests.bench.heldout_templates_138 import heldout138_styles
from tests.bench.heldout_templates_139 import heldout139_styles
from tests.bench.heldout_templates_140 import heldout140_styles
from tests.bench.heldout_templates_141 import heldout141_styles
from tests.bench.heldout_templates_142 import heldout142_styles
from tests.bench.heldout_templates_143 import heldout143_styles
from tests.bench.heldout_templates_144 import heldout144_styles
from tests.bench.heldout_templates_145 import heldout145_styles
from tests.bench.heldout_templates_146 import heldout146_styles
from tests.bench.heldout_templates_147 import heldout147_styles
from tests.bench.heldout_templates_148 import heldout148_styles
from tests.bench.heldout_templates_149 import heldout149_styles
from tests.bench.heldout_templates_150 import heldout150_styles
from tests.bench.heldout_templates_151 import heldout151_styles
from tests.bench.heldout_templates_152 import heldout152_styles
from tests.bench.heldout_templates_153 import heldout153_styles
from tests.bench.heldout_templates_154 import heldout154_styles
from tests.bench.heldout_templates_155 import heldout155_styles
from tests.bench.heldout_templates_156 import heldout156_styles
from tests.bench.heldout_templates_157 import heldout157_styles
from tests.bench.heldout_templates_158 import heldout158_styles
from tests.bench.heldout_templates_159 import heldout159_styles
from tests.bench.heldout_templates_160 import heldout160_styles
from tests.bench.heldout_templates_161 import heldout161_styles
from tests.bench.heldout_templates_162 import heldout162_styles
from tests.bench.heldout_templates_163 import heldout163_styles
from tests.bench.heldout_templates_164 import heldout164_styles
from tests.bench.heldout_templates_165 import heldout165_styles
from tests.bench.heldout_templates_166 import heldout166_styles
from tests.bench.heldout_templates_167 import heldout167_styles
from tests.bench.heldout_templates_168 import heldout168_styles
from tests.bench.heldout_templates_169 import heldout169_styles
from tests.bench.heldout_templates_170 import heldout170_styles
from tests.bench.heldout_templates_171 import heldout171_styles
from tests.bench.heldout_templates_172 import heldout172_styles
from tests.bench.heldout_templates_173 import heldout173_styles
from tests.bench.heldout_templates_174 import heldout174_styles
from tests.bench.heldout_templates_175 import heldout175_styles
from tests.bench.heldout_templates_176 import heldout176_styles
from tests.bench.heldout_templates_177 import heldout177_styles
from tests.bench.heldout_templates_178 import heldout178_styles
from tests.bench.heldout_templates_179 import heldout179_styles
from tests.bench.heldout_templates_180 import heldout180_styles
from tests.bench.heldout_templates_181 import heldout181_styles
from tests.bench.heldout_templates_182 import heldout182_styles
from tests.bench.heldout_templates_183 import heldout183_styles
from tests.bench.heldout_templates_184 import heldout184_styles
from tests.bench.heldout_templates_185 import heldout185_styles
from tests.bench.heldout_templates_186 import heldout186_styles
from tests.bench.heldout_templates_187 import heldout187_styles
from tests.bench.heldout_templates_188 import heldout188_styles
from tests.bench.heldout_templates_189 import heldout189_styles
from tests.bench.heldout_templates_190 import heldout190_styles
from tests.bench.heldout_templates_191 import heldout191_styles
from tests.bench.heldout_templates_192 import heldout192_styles
from tests.bench.heldout_templates_193 import heldout193_styles
from tests.bench.heldout_templates_194 import heldout194_styles
from tests.bench.heldout_templates_195 import heldout195_styles
from tests.bench.heldout_templates_196 import heldout196_styles
from tests.bench.heldout_templates_197 import heldout197_styles
from tests.bench.heldout_templates_198 import heldout198_styles
from tests.bench.heldout_templates_199 import heldout199_styles
from tests.bench.heldout_templates_200 import heldout200_styles
from tests.bench.heldout_templates_201 import heldout201_styles
from tests.bench.heldout_templates_202 import heldout202_styles
from tests.bench.heldout_templates_203 import heldout203_styles
from tests.bench.heldout_templates_204 import heldout204_styles
from tests.bench.heldout_templates_205 import heldout205_styles
from tests.bench.heldout_templates_206 import heldout206_styles
from tests.bench.heldout_templates_207 import heldout207_styles
from tests.bench.heldout_templates_208 import heldout208_styles
from tests.bench.heldout_templates_209 import heldout209_styles
from tests.bench.heldout_templates_210 import heldout210_styles
from tests.bench.heldout_templates_211 import heldout211_styles
from tests.bench.heldout_templates_212 import heldout212_styles
from tests.bench.heldout_templates_213 import heldout213_styles
from tests.bench.heldout_templates_214 import heldout214_styles
from tests.bench.heldout_templates_215 import heldout215_styles
from tests.bench.heldout_templates_216 import heldout216_styles
from tests.bench.heldout_templates_217 import heldout217_styles
from tests.bench.heldout_templates_218 import heldout218_styles
from tests.bench.heldout_templates_219 import heldout219_styles
from tests.bench.heldout_templates_220 import heldout220_styles
from tests.bench.heldout_templates_221 import heldout221_styles
from tests.bench.heldout_templates_222 import heldout222_styles
from tests.bench.heldout_templates_223 import heldout223_styles
from tests.bench.heldout_templates_224 import heldout224_styles
from tests.bench.planted_real import Corpus, GoldBody, _Plan, _slots, generate

N_BODIES = 620  # made-up bodies per corpus, about as many as the real gold bodies

_RIVER = ("river council budget harvest engine quietly northern vote market winter signal "
          "school bridge ledger orchard station copper meadow tariff ferry clinic").split()
_LANTERN = ("lantern quarry budget ferry council thistle engine northern ballot harbour winter "
            "signal school ledger orchard station copper meadow tariff clinic").split()
_KETTLE = ("kettle granite railway pasture ledger monsoon bracket tideway quota lantern "
           "spindle harvest canal ember district tribunal orchard cobble furnace delta").split()
_GRAVEL = ("gravel beacon mooring thicket ferry lagoon quarry bellows sluice pylon "
           "hamlet causeway reed tannery foundry brook meadow turbine saltpan ridge").split()
_SHALE = ("shale lighthouse paddock kiln ledger estuary trellis granary weir spire "
          "cooperage headland mill rookery tollgate fen orchard smelter jetty moor").split()
_FLINT = ("flint causeway hopyard saltings mudflat chandlery bothy lynchet culvert staithe "
          "sheepfold tithe barrow ropewalk forge tarn wharf spinney malting coppice").split()
_CINDER = ("cinder signalbox haybarn creamery dovecote towpath granary lockkeeper sandbank "
           "orchard boathouse pinfold smithy warren tidemill quay ferryman hedgerow kiln loft"
           ).split()
_BRACKEN = ("bracken millpond tollhouse saddlery cidermill gatehouse sheepwash limekiln "
            "rushbed pumphouse osier byre dingle spillway cart lych hopkiln hayloft grange "
            "wellspring").split()
_SORREL = ("sorrel wainhouse clapper netloft oxbow tanyard shingle drovers withy thatch "
           "fellside icehouse bridleway paddle ginnel marlpit ferrystage cowshed slipway "
           "heronry").split()
_MARRAM = ("marram machair shieling creel tidewrack sallyport undercroft barbican scullery "
           "pantile weathervane turnpike orangery oriel cloister postern midden cairn stook "
           "haugh").split()
_TUSSOCK = ("tussock rickyard flagstone cressbed bargeway farrier loomhouse windpump "
            "saltmarsh holloway peatstack ryefield cobnut scythe wickerwork oakapple "
            "sandpit tollroad brambleway cornmill").split()
_GORSE = ("gorse fieldgate mistletoe cartwheel hayrick dewpond osprey milestone limewash "
          "drystone beckside pennyroyal heathland thresher sickle wagonway foxglove lanthorn "
          "hopfield swale").split()
_HEATHER = ("heather kelpbed moraine spinnaker cordwood lanyard shoal foghorn driftwood "
            "barnacle saltbox tidepool capstan gunwale bollard trawler eelgrass quayside "
            "riprap skerry").split()
_LICHEN = ("lichen scree cairnfield bothy snowfield tarn crag moraine cornice gully "
           "sheepwalk shieling scarp boulderfield lochan corrie glen rowan bogcotton"
           ).split()
_SEDGE = ("sedge kelpwrack cornbrash withybed millrace fieldbarn quernstone larchwood "
          "siltbed tidegate peatcutting thornhedge flaxpond ropeyard driftway mossbank "
          "saltcote hurdlemaker ferrygate clayhole").split()
_WILLOW = ("willow saltgrass cidery fernbank weirpool oxlip hayfield tidemark cobbler "
           "lampwick rushlight ploughland netmaker quillwort flaxmill barleycorn wherry "
           "chalkpit sheepcote dunnock").split()
_BRAMBLE = ("bramble sluicegate hopbine cressmarsh tideway oatfield lockgate flintwall "
            "sheepdip pollard reedbed wheelwright saltwick haybale beckford quarrypit "
            "ferrylane bargepole cowslip rookwood").split()
_HAZEL = ("hazel peatbank kelpshore millwheel rushmat tidestone barleymow cartshed "
          "flaxfield saltlick ferrypost thornbush limepit mossgate wherryman reedcutter "
          "sheepfold tollbridge quernmill dykeside").split()
_ALDER = ("alder lockstone fernhollow kelpyard cobblestead tidewheel rushford barleystack "
          "saltway ferryhithe thornwick millcote peatmoss cressford wherrylane flaxcote "
          "sheepgate tollmoor quernbank dykestone").split()
_ROWAN = ("rowan quayhead flaxbarn kelpkiln sheepstead tollcross millhaugh peatstead "
          "cressbank wherryford thornlea saltgarth ferrycroft barleyhithe rushgate limecote "
          "mossholm tidecroft quernlea dykeholm").split()
_ASPEN = ("aspen saltholm flaxstead kelpmoor sheepwick tollgarth millstead peatholm "
          "cresswick wherrymoor thornstead saltcroft ferryholm barleygarth rushstead "
          "limewick mossgarth tidestead quernholm dykecroft").split()
_LINDEN = ("linden tarnholm flaxwick kelpgarth sheepholm tollstead millwick peatgarth "
           "cresscroft wherrystead thornholm saltmoor ferrywick barleycroft rushholm "
           "limegarth mosswick tidemoor quernstead dykegarth").split()
_BIRCH = ("birch flaxholm kelpstead sheepcroft tollwick millgarth peatwick cressholm "
          "wherrygarth thornwick saltstead ferrymoor barleyholm rushcroft limestead "
          "mossholm tidegarth quernwick dykemoor reedcroft").split()
_CEDAR = ("cedar kelpholm flaxmoor sheepstead tollholm millcroft peatwick cressmoor "
          "wherrywick thorngarth saltholm ferrystead barleywick rushmoor limecroft "
          "mossstead tidewick quernmoor dykestead reedholm").split()
_ELDER = ("elder kelpgate flaxholt sheepford tollmead millholt peatmead cressholt "
          "wherrymead thorngate saltmead ferrygate barleymead rushholt limemead mossford "
          "tidemead quernford dykeford reedmead").split()
_HOLLY = ("holly kelpmarsh flaxhythe sheepley tollhythe millbeck peatley cressbeck "
          "wherryhythe thornbeck saltley ferrybeck barleyhythe rushley limebeck mossley "
          "tidehythe quernbeck dykeley reedhythe").split()
_JUNIPER = ("juniper kelpknowe flaxmere sheephurst tollknowe millmere peathurst cressknowe "
            "wherrymere thornhurst saltknowe ferrymere barleyhurst rushknowe limemere "
            "mosshurst tideknowe quernmere dykehurst reedknowe").split()
_LARCH = ("larch kelpbarrow flaxwold sheepthwaite tollbarrow millthwaite peatwold "
          "cressbarrow wherrythwaite thornwold saltbarrow ferrythwaite barleywold rushbarrow "
          "limethwaite mosswold tidebarrow quernthwaite dykewold reedbarrow").split()
_SPRUCE = ("spruce kelpfold flaxgill sheepscar tollfold millgill peatscar cressfold "
           "wherrygill thornscar saltfold ferrygill barleyscar rushfold limegill mossscar "
           "tidefold quernscar dykegill reedfold").split()
_FIR = ("fir kelpbrae flaxlaw sheepshaw tollbrae milllaw peatshaw cressbrae wherrylaw "
        "thornshaw saltbrae ferrylaw barleyshaw rushbrae limelaw mossshaw tidebrae quernlaw "
        "dykeshaw reedbrae").split()
_PINE = ("pine kelpcote flaxrigg sheepgill tollcote millrigg peatgill cresscote wherryrigg "
         "thorngill saltcote ferryrigg barleygill rushcote limerigg mossgill tidecote "
         "quernrigg dykegill reedcote").split()
_YEW = ("yew kelpness flaxhope sheepdale tollness millhope peatdale cressness wherryhope "
        "thorndale saltness ferryhope barleydale rushness limehope mossdale tideness quernhope "
        "dykedale reedness").split()
_HAWTHORN = ("hawthorn kelpwell flaxgate sheepbrook tollwell millgate peatbrook cresswell "
             "wherrygate thornbrook saltwell ferrygate barleybrook rushwell limegate "
             "mossbrook tidewell querngate dykebrook reedwell").split()
_BLACKTHORN = ("blackthorn kelpford flaxmere sheepholm tollford millmere peatholm cressford "
               "wherrymere thornholm saltford ferrymere barleyholm rushford limemere mossholm "
               "tideford quernmere dykeholm reedford").split()
_HORNBEAM = ("hornbeam kelpstow flaxley sheepwash tollstow millley peatwash cressstow "
             "wherryley thornwash saltstow ferryley barleywash rushstow limeley mosswash "
             "tidestow quernley dykewash reedstow").split()
_SLOE = ("sloe kelpshaw flaxdene sheepwold tollcombe millshaw peatdene cresswold "
         "wherrycombe thornshaw saltdene ferrywold barleycombe rushshaw limedene mosswold "
         "tidecombe quernshaw dykedene reedwold").split()
_MEDLAR = ("medlar kelpnook flaxtoft sheepgarth tollnook milltoft peatnook cressgarth "
           "wherrytoft thornnook saltgarth ferrytoft barleynook rushgarth limetoft mossnook "
           "tidegarth querntoft dykenook reedgarth").split()
_MEDLAR = ("medlar kelpcairn flaxtoft sheepslade tollcairn milltoft peatslade cresscairn "
           "wherrytoft thornslade saltcairn ferrytoft barleyslade rushcairn limetoft mossslade "
           "tidecairn quernslade dyketoft reedcairn").split()


@dataclass(frozen=True)
class HeldoutSet:
    styles: Callable[[], list[PublisherStyle]]
    seed: int  # its seed in `tests.bench.planted_bench.TEMPLATE_SETS`
    words: list[str]  # the made-up bodies: words, rng seed, title and paragraph prefixes
    body_seed: int
    title: str
    paragraph: str
    publishers: frozenset[str]  # must all occur in the generated corpus
    families: tuple[int, int] | None  # bounds on the number of families, if it has any


SETS: dict[str, HeldoutSet] = {
    "held-back-2": HeldoutSet(
        heldout2_styles, 3, _RIVER, 7, "Report", "Paragraph",
        frozenset({"rheintaler-bote.de", "wartanusantara.co.id", "lecepcurieux.fr"}), None),
    "held-back-3": HeldoutSet(
        heldout3_styles, 4, _LANTERN, 11, "Story", "Paragraph",
        frozenset({"portalmirante.com.br", "verificadorsur.org", "local482voice.org"}),
        (90, 130)),
    "held-back-4": HeldoutSet(
        heldout4_styles, 5, _LANTERN, 11, "Story", "Paragraph",
        frozenset({"gazzettadivalmora.it", "kustposten.se", "orchardhallspectator.com"}),
        (90, 130)),
    "held-back-5": HeldoutSet(
        heldout5_styles, 6, _KETTLE, 17, "Report", "Section",
        frozenset({"malabarexpress.in", "setouchi-times.jp", "borderfarmer.co.uk"}),
        (90, 130)),
    "held-back-6": HeldoutSet(
        heldout6_styles, 7, _KETTLE, 17, "Report", "Section",
        frozenset({"noorderdagblad.nl", "lagosclarion.com.ng", "thirdfusiliers.org.uk"}),
        (100, 120)),
    "held-back-7": HeldoutSet(
        heldout7_styles, 8, _GRAVEL, 23, "Item", "Part",
        frozenset({"podhorskydenik.cz", "rotundareport.org", "millrace.coop"}), (100, 120)),
    "held-back-8": HeldoutSet(
        heldout8_styles, 9, _GRAVEL, 23, "Item", "Part",
        frozenset({"jarviseudunsanomat.fi", "kohalasentinel.com", "ashvalerfc.co.uk"}),
        (100, 120)),
    "held-back-9": HeldoutSet(
        heldout9_styles, 10, _GRAVEL, 23, "Item", "Part",
        frozenset({"namsantimes.co.kr", "harwicklibrary.org", "hartwellfuneral.com"}),
        (100, 120)),
    "held-back-10": HeldoutSet(
        heldout10_styles, 11, _SHALE, 29, "Entry", "Passage",
        frozenset({"luzonledger.com.ph", "mnsenatecaucus.org", "cedarrunrescue.org"}),
        (100, 120)),
    "held-back-11": HeldoutSet(
        heldout11_styles, 12, _FLINT, 31, "Piece", "Chunk",
        frozenset({"skivebugten.dk", "sableridgepark.gov", "northmoorwildlife.org.uk"}),
        (100, 120)),
    "held-back-12": HeldoutSet(
        heldout12_styles, 13, _CINDER, 37, "Note", "Segment",
        frozenset({"pohroniednes.sk", "sternwaylist.com", "maplegrovefire.org"}),
        (105, 120)),
    "held-back-13": HeldoutSet(
        heldout13_styles, 14, _BRACKEN, 41, "Post", "Para",
        frozenset({"nemunozinios.lt", "harlowcreekwater.org", "prairiestarquilters.org"}),
        (120, 130)),
    "held-back-14": HeldoutSet(
        heldout14_styles, 15, _SORREL, 43, "Article", "Clause",
        frozenset({"emajoesonumid.ee", "tamaracklottery.com", "larkfieldtenants.org.uk"}),
        (130, 145)),
    "held-back-15": HeldoutSet(
        heldout15_styles, 16, _MARRAM, 47, "Feature", "Stanza",
        frozenset({"kozjanskiglas.si", "innsiderdaily.com", "kowhaigrove.school.nz"}),
        (135, 150)),
    "held-back-16": HeldoutSet(
        heldout16_styles, 17, _TUSSOCK, 53, "Memo", "Verse",
        frozenset({"odiariodoulla.gal", "halvorsenteague.com", "eastbrookfoodbank.ca"}),
        (140, 155)),
    "held-back-17": HeldoutSet(
        heldout17_styles, 18, _GORSE, 59, "Digest", "Canto",
        frozenset({"narmadadarpan.com", "waiawapolice.govt.nz", "coldharbourscouts.org.uk"}),
        (140, 155)),
    "held-back-18": HeldoutSet(
        heldout18_styles, 19, _HEATHER, 61, "Brief", "Sentence",
        frozenset({"dongbaekilbo.co.kr", "wrenfield.gov.uk", "northpenninefed.co.uk"}),
        (150, 160)),
    "held-back-19": HeldoutSet(
        heldout19_styles, 20, _LICHEN, 67, "Dispatch", "Phrase",
        frozenset({"erdenetmedee.mn", "foxmoorhospitals.nhs.uk", "teignvalleyringers.org.uk"}),
        (160, 170)),
    "held-back-20": HeldoutSet(
        heldout20_styles, 21, _SEDGE, 71, "Bulletin", "Fragment",
        frozenset({"pravasikairali.com", "thornboroughpyke.co.uk", "tarranstamps.com"}),
        (160, 170)),
    "held-back-21": HeldoutSet(
        heldout21_styles, 22, _WILLOW, 73, "Record", "Excerpt",
        frozenset({"krishnateeram.com", "coldlawhillfort.org.uk", "hollinsburybarn.co.uk"}),
        (160, 175)),
    "held-back-22": HeldoutSet(
        heldout22_styles, 23, _BRAMBLE, 79, "Account", "Portion",
        frozenset({"chandanavanatalkies.com", "lomondviewcare.co.uk", "rimustreetdance.co.nz"}),
        (170, 185)),
    "held-back-23": HeldoutSet(
        heldout23_styles, 24, _HAZEL, 83, "Column", "Snippet",
        frozenset({"mahanadikhabar.com", "mourneviewpharmacy.co.uk", "stoursidefarm.co.uk"}),
        (160, 175)),
    "held-back-24": HeldoutSet(
        heldout24_styles, 25, _ALDER, 89, "Roundup", "Strophe",
        frozenset({"surmabarta.com", "moyvalleycu.ie", "birchwoodfiber.com"}),
        (155, 175)),
    "held-back-25": HeldoutSet(
        heldout25_styles, 26, _ROWAN, 97, "Chronicle", "Couplet",
        frozenset({"vistiinhulu.com.ua", "bethelazar.org", "ridgewaygliding.co.uk"}),
        (150, 170)),
    "held-back-26": HeldoutSet(
        heldout26_styles, 27, _ASPEN, 101, "Annal", "Quatrain",
        frozenset({"vestipregeli.ru", "saguaroshadowshoa.org", "mangrovebaydivers.com"}),
        (155, 175)),
    "held-back-27": HeldoutSet(
        heldout27_styles, 28, _LINDEN, 103, "Tidings", "Tercet",
        frozenset({"pelisterinfo.mk", "ashcombeltc.co.uk", "eastonrepaircafe.org.uk"}),
        (145, 165)),
    "held-back-28": HeldoutSet(
        heldout28_styles, 29, _BIRCH, 107, "Gazette", "Sestet",
        frozenset({"niomanvesnik.by", "brookfieldsurgery.nhs.uk", "bowrivershotokan.ca"}),
        (140, 160)),
    "held-back-29": HeldoutSet(
        heldout29_styles, 30, _CEDAR, 109, "Missive", "Octave",
        frozenset({"sadoisughd.tj", "radhakrishnamandirnj.org", "fromevalecityfarm.org.uk"}),
        (160, 180)),
    "held-back-30": HeldoutSet(
        heldout30_styles, 31, _ELDER, 113, "Epistle", "Septet",
        frozenset({"nangarhargagh.af", "rousaywind.coop", "corribcycles.ie"}),
        (158, 178)),
    "held-back-31": HeldoutSet(
        heldout31_styles, 32, _HOLLY, 127, "Circular", "Distich",
        frozenset({"tushtuk.kg", "ferrule-project.org", "holmseyisland.org.uk"}),
        (160, 180)),
    "held-back-32": HeldoutSet(
        heldout32_styles, 33, _JUNIPER, 131, "Pamphlet", "Quintain",
        frozenset({"ideltany.tatar", "tsalagitimes.org", "barrowvaleploughing.ie"}),
        (157, 177)),
    "held-back-33": HeldoutSet(
        heldout33_styles, 34, _LARCH, 137, "Leaflet", "Refrain",
        frozenset({"oluonedolguna.ru", "pajntaubxovxwm.com", "maraekakahodogtrials.org.nz"}),
        (160, 180)),
    "held-back-34": HeldoutSet(
        heldout34_styles, 35, _SPRUCE, 139, "Handbill", "Cinquain",
        frozenset({"shupashkarkhypar.ru", "timekamianan.ph", "yarravalleybonsai.org.au"}),
        (143, 163)),
    "held-back-35": HeldoutSet(
        heldout35_styles, 36, _FIR, 149, "Broadside", "Envoi",
        frozenset({"ofokhabarzare.ru", "niusblongvila.vu", "porthkerrisharbour.co.uk"}),
        (149, 169)),
    "held-back-36": HeldoutSet(
        heldout36_styles, 37, _PINE, 151, "Placard", "Coda",
        frozenset({"goemkhobro.in", "radiotinamit.org.gt", "greatteycarboot.co.uk"}),
        (150, 170)),
    "held-back-37": HeldoutSet(
        heldout37_styles, 38, _YEW, 157, "Flyer", "Postlude",
        frozenset({"saikungkaifong.com.hk", "labozdebalat.com", "charlburyvalecroquet.org.uk"}),
        (155, 175)),
    "held-back-38": HeldoutSet(
        heldout38_styles, 39, _HAWTHORN, 163, "Almanac", "Interlude",
        frozenset({"chhaprakekhabar.in", "qaladatur.org.au", "nilc-conference.org"}),
        (160, 180)),
    "held-back-39": HeldoutSet(
        heldout39_styles, 40, _BLACKTHORN, 167, "Digest", "Roundel",
        frozenset({"tapitirsamachar.in", "muryarkano.ng",
                   "maumeevalleyarc.org"}),
        (135, 155)),
    "held-back-40": HeldoutSet(
        heldout40_styles, 41, _HORNBEAM, 173, "Journal", "Villanelle",
        frozenset({"disomkhobor.in", "salonenyuz.com", "wrenfordphoto.org.uk"}),
        (150, 175)),
    "held-back-41": HeldoutSet(
        heldout41_styles, 42, _SLOE, 179, "Sheet", "Versicle",
        frozenset({"ecotapatio.com.mx", "kabarcelebes.id", "cm-ribacoa.pt"}),
        (157, 177)),
    "held-back-42": HeldoutSet(
        heldout42_styles, 43, _MEDLAR, 181, "Folio", "Rondeau",
        frozenset({"provatbela.com.bd", "tincodo.vn", "rheinknie.ch"}),
        (169, 189)),
    "held-back-43": HeldoutSet(
        heldout43_styles, 44, _MEDLAR, 191, "Folio", "Rondeau",
        frozenset({"wdvn7.com", "gazzettadellostretto.it", "lannatoday.co.th"}),
        (165, 190)),
    "held-back-44": HeldoutSet(
        heldout44_styles, 45, _MEDLAR, 193, "Folio", "Rondeau",
        frozenset({"diariodocapibaribe.com.br", "zakhidnyivisnyk.com.ua", "haifahayom.co.il"}),
        (155, 180)),
    "held-back-45": HeldoutSet(
        heldout45_styles, 46, _MEDLAR, 197, "Folio", "Rondeau",
        frozenset({"gazetapodwawelska.pl", "shinanogawa-shimpo.jp", "sautiyapwani.co.tz"}),
        (145, 170)),
    "held-back-46": HeldoutSet(
        heldout46_styles, 47, _MEDLAR, 197, "Folio", "Rondeau",
        frozenset({"miamivalleysentinel.com", "ravichronicle.pk", "stcolumbaswhanganui.org.nz"}),
        (150, 175)),
    "held-back-47": HeldoutSet(
        heldout47_styles, 48, _MEDLAR, 199, "Folio", "Rondeau",
        frozenset({"bogazicigundem.com.tr", "khabarzagros.ir", "kakhetisambebi.ge"}),
        (128, 152)),
    "held-back-48": HeldoutSet(
        heldout48_styles, 49, _MEDLAR, 199, "Folio", "Rondeau",
        frozenset({"thompsonvalleyherald.ca", "uludagsesi.com.tr",
                   "blogdoivanfontes.blogspot.com"}),
        (140, 165)),
    "held-back-49": HeldoutSet(
        heldout49_styles, 50, _MEDLAR, 211, "Folio", "Rondeau",
        frozenset({"gazettedemeuse.be", "vocearautului.md", "tribaltidemas.tt"}),
        (150, 170)),
    "held-back-50": HeldoutSet(
        heldout50_styles, 51, _MEDLAR, 211, "Folio", "Rondeau",
        frozenset({"westernmirror.com.jm", "zambezimarketnews.co.zm", "amathuschess.org.cy"}),
        (140, 160)),
    "held-back-51": HeldoutSet(
        heldout51_styles, 52, _MEDLAR, 223, "Folio", "Rondeau",
        frozenset({"chaliyarvartha.com", "anbaanouadhibou.mr", "segelvasterhamn.ax"}),
        (140, 160)),
    "held-back-52": HeldoutSet(
        heldout52_styles, 53, _MEDLAR, 223, "Folio", "Rondeau",
        frozenset({"elfarodellago.com.ve", "syainfo.bf", "diaridelavalira.ad"}),
        (160, 180)),
    "held-back-53": HeldoutSet(
        heldout53_styles, 54, _MEDLAR, 227, "Folio", "Rondeau",
        frozenset({"vitastaherald.com", "vocedeltitano.sm", "teitoi.ki"}),
        (155, 180)),
    "held-back-54": HeldoutSet(
        heldout54_styles, 55, _MEDLAR, 227, "Folio", "Rondeau",
        frozenset({"elsenorialpr.com", "lusushwanacourier.co.sz", "vocedeltitano.sm"}),
        (160, 180)),
    "held-back-55": HeldoutSet(
        heldout55_styles, 56, _MEDLAR, 229, "Folio", "Rondeau",
        frozenset({"cronicadelestero.com.ec", "levanterpost.gi", "karthalahebdo.km"}),
        (145, 165)),
    "held-back-56": HeldoutSet(
        heldout56_styles, 57, _MEDLAR, 229, "Folio", "Rondeau",
        frozenset({"bawabetaliskandaria.com", "joharkhobor.in", "stanleywindward.fk"}),
        (130, 150)),
    "held-back-57": HeldoutSet(
        heldout57_styles, 58, _MEDLAR, 233, "Folio", "Rondeau",
        frozenset({"zaniidrinit.al", "codkajubba.so", "crowlanecourier.bm"}),
        (105, 120)),
    "held-back-58": HeldoutSet(
        heldout58_styles, 59, _MEDLAR, 229, "Folio", "Rondeau",
        frozenset({"diariodelvalledesula.hn", "pinewoodtribune.in", "funafutifou.tv"}),
        (100, 120)),
    "held-back-59": HeldoutSet(
        heldout59_styles, 60, _MEDLAR, 241, "Folio", "Rondeau",
        frozenset({"sadaalsabri.ly", "ouemeactu.bj", "pitonsvoice.lc"}),
        (110, 125)),
    "held-back-60": HeldoutSet(
        heldout60_styles, 61, _MEDLAR, 241, "Folio", "Rondeau",
        frozenset({"ommelandnieuws.be", "hanbitilbo.com", "tohitalaalofi.nu"}),
        (118, 132)),
    "held-back-61": HeldoutSet(
        heldout61_styles, 62, _MEDLAR, 251, "Folio", "Rondeau",
        frozenset({"jejubaram.co.kr", "kodrodepeche.cf", "nokisxabar.uz"}),
        (125, 140)),
    "held-back-62": HeldoutSet(
        heldout62_styles, 63, _MEDLAR, 263, "Folio", "Rondeau",
        frozenset({"signalhillcourier.ca", "echodelapeninsule.ca", "bucaksesi.md"}),
        (130, 145)),
    "held-back-63": HeldoutSet(
        heldout63_styles, 64, _MEDLAR, 257, "Folio", "Rondeau",
        frozenset({"haeranriver.cn", "nyiragongohabari.cd", "tefetuu.wf"}),
        (135, 150)),
    "held-back-64": HeldoutSet(
        heldout64_styles, 65, _MEDLAR, 269, "Folio", "Rondeau",
        frozenset({"heraldodelasierra.com.mx", "ecodocanal.pt", "exumaislander.bs"}),
        (140, 155)),
    "held-back-65": HeldoutSet(
        heldout65_styles, 66, _MEDLAR, 269, "Folio", "Rondeau",
        frozenset({"olthatar.ro", "deliormansesi.bg", "zenadthkesweekly.com.au"}),
        (142, 157)),
    "held-back-66": HeldoutSet(
        heldout66_styles, 67, _MEDLAR, 271, "Folio", "Rondeau",
        frozenset({"kwariverchronicle.com.ng", "lagonmatin.yt", "zournalrodrig.mu"}),
        (145, 160)),
    "held-back-67": HeldoutSet(
        heldout67_styles, 68, _MEDLAR, 271, "Folio", "Rondeau",
        frozenset({"gazetadaborborema.com.br", "fonitouliston.gr", "salvamontcaraiman.ro"}),
        (145, 160)),
    "held-back-68": HeldoutSet(
        heldout68_styles, 69, _MEDLAR, 271, "Folio", "Rondeau",
        frozenset({"sanriku-minato.jp", "ardzagank.ge", "karakoltrails.kg"}),
        (150, 165)),
    "held-back-69": HeldoutSet(
        heldout69_styles, 70, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"lavoixdusudest.ht", "ungavabulletin.ca", "sthelenagrowers.coop"}),
        (155, 170)),
    "held-back-70": HeldoutSet(
        heldout70_styles, 71, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"konkankinara.in", "etzbanews.co.il", "arghandabtolana.af"}),
        (155, 170)),
    "held-back-71": HeldoutSet(
        heldout71_styles, 72, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"kuriernadsanski.pl", "rimmunnews.co.th", "phanomweavers.la"}),
        (148, 164)),
    "held-back-72": HeldoutSet(
        heldout72_styles, 73, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"kassoumayinfos.sn", "savannahecho.com.gh", "djariverapes.cm"}),
        (130, 150)),
    "held-back-73": HeldoutSet(
        heldout73_styles, 74, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"eifelerlandbote.de", "gaujaszinas.lv", "skierseals.nl"}),
        (140, 155)),
    "held-back-74": HeldoutSet(
        heldout74_styles, 75, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"quannanwanbao.cn", "savusavutide.com.fj", "hagenkopi.org.pg"}),
        (130, 142)),
    "held-back-75": HeldoutSet(
        heldout75_styles, 76, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"ertistany.kz", "debediapin.am", "azuolaskrepsinis.lt"}),
        (142, 156)),
    "held-back-76": HeldoutSet(
        heldout76_styles, 77, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"farodemayaguez.com", "kayoorxibaar.sn", "statiaheritage.org"}),
        (128, 140)),
    "held-back-77": HeldoutSet(
        heldout77_styles, 78, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"tricityledger.in", "negevachshav.co.il", "lakesidetraders.org.np"}),
        (130, 146)),
    "held-back-78": HeldoutSet(
        heldout78_styles, 79, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"camaungaynay.vn", "mawlamyinethadinn.com.mm", "notisiabaucau.tl"}),
        (118, 134)),
    "held-back-79": HeldoutSet(
        heldout79_styles, 80, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"oriahitza.eus", "lizherbrodreger.bzh", "suchikiwajiira.co"}),
        (120, 135)),
    "held-back-80": HeldoutSet(
        heldout80_styles, 81, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"almettany.ru", "savskahronika.ba", "kanashen.ru"}),
        (115, 130)),
    "held-back-81": HeldoutSet(
        heldout81_styles, 82, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"shermansvalleycrier.com", "chuskaecho.com", "bostanawazi.org"}),
        (116, 136)),
    "held-back-82": HeldoutSet(
        heldout82_styles, 83, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"tembisabeat.co.za", "izwilomsunduzi.co.za", "ndzuanisoir.km"}),
        (124, 144)),
    "held-back-83": HeldoutSet(
        heldout83_styles, 84, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"nasimetoos.ir", "norarshaluys.com.ar", "vainakh.at"}),
        (120, 140)),
    "held-back-84": HeldoutSet(
        heldout84_styles, 85, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"riverinaclarion.com.au", "manukafm.iwi.nz", "purtnyhinshey.im"}),
        (125, 145)),
    "held-back-85": HeldoutSet(
        heldout85_styles, 86, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"diarioarandu.com.py", "lavwano.ht", "lavozgarinagu.hn"}),
        (124, 140)),
    "held-back-86": HeldoutSet(
        heldout86_styles, 87, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"lelagunaire.ci", "salonetok.sl", "kpalimenya.tg"}),
        (120, 140)),
    "held-back-87": HeldoutSet(
        heldout87_styles, 88, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"kvarkenbladet.fi", "avannaanutaat.gl", "kainunviesti.no"}),
        (128, 144)),
    "held-back-88": HeldoutSet(
        heldout88_styles, 89, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"udaratahanda.lk", "hulhangu.mv", "indusvalleybulletin.in"}),
        (135, 155)),
    "held-back-89": HeldoutSet(
        heldout89_styles, 90, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"asanagi.co.jp", "tuuldolgion.mn", "tshupinn.tw"}),
        (135, 150)),
    "held-back-90": HeldoutSet(
        heldout90_styles, 91, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"nidaalarz.com.lb", "hedhacarmel.co.il", "nabdaswan.com.eg"}),
        (125, 145)),
    "held-back-91": HeldoutSet(
        heldout91_styles, 92, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"pengchengtech.cn", "kobekaiun.jp", "chaigrowers.or.ke"}),
        (140, 160)),
    "held-back-92": HeldoutSet(
        heldout92_styles, 93, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"gazetadesomes.ro", "splitskabura.hr", "zeriilumbardhit.net"}),
        (126, 146)),
    "held-back-93": HeldoutSet(
        heldout93_styles, 94, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"songcuacam.vn", "kbkapuas.id", "ipohmurasu.com.my"}),
        (125, 145)),
    "held-back-94": HeldoutSet(
        heldout94_styles, 95, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"cascadevalleyherald.com", "tusaqtuut.ca", "wheatlandreview.ca"}),
        (131, 151)),
    "held-back-95": HeldoutSet(
        heldout95_styles, 96, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"riftwire.com", "maroodijeexnews.com", "kisiwanimwetu.or.tz"}),
        (125, 145)),
    "held-back-96": HeldoutSet(
        heldout96_styles, 97, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"ostjyskmorgen.dk", "mariukrantas.lt", "deanuaviisa.no"}),
        (126, 146)),
    "held-back-97": HeldoutSet(
        heldout97_styles, 98, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"seaviewtimes.com.pk", "wayambapahana.lk", "radioghodaghodi.org.np"}),
        (127, 147)),
    "held-back-98": HeldoutSet(
        heldout98_styles, 99, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"elmiradorandino.cl", "tapepyahu.com.py", "andesnippo.pe"}),
        (134, 154)),
    "held-back-99": HeldoutSet(
        heldout99_styles, 100, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"eclaireurabidjan.ci", "maleboinfos.cd", "guetndaractu.sn"}),
        (122, 142)),
    "held-back-100": HeldoutSet(
        heldout100_styles, 101, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"harbourviewdaily.com.jm", "kwazmaninfo.ht", "korantpunda.cw"}),
        (123, 143)),
    "held-back-101": HeldoutSet(
        heldout101_styles, 102, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"gazettehautebretagne.fr", "aarebote.ch", "minettsblad.lu"}),
        (128, 148)),
    "held-back-102": HeldoutSet(
        heldout102_styles, 103, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"correoguadalquivir.es", "ahbartalport.com.mt", "vocedelletna.it"}),
        (127, 147)),
    "held-back-103": HeldoutSet(
        heldout103_styles, 104, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"galatapostasi.com.tr", "chernomorskifar.bg", "batumistalgha.ge"}),
        (138, 158)),
    "held-back-104": HeldoutSet(
        heldout104_styles, 105, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"songlinetimes.com.au", "lagonmatin.nc", "gangasamachar.com.fj"}),
        (121, 141)),
    "held-back-105": HeldoutSet(
        heldout105_styles, 106, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"naseongjubo.com", "animeyokocho.jp", "darulhudadearborn.org"}),
        (131, 151)),
    "held-back-106": HeldoutSet(
        heldout106_styles, 107, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"airedalepost.co.uk", "farsetpost.co.uk", "manninmail.im"}),
        (117, 137)),
    "held-back-107": HeldoutSet(
        heldout107_styles, 108, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"gazetacampineira.com.br", "lintouyatpou.com.mo", "radiobandim.gw"}),
        (129, 149)),
    "held-back-108": HeldoutSet(
        heldout108_styles, 109, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"uralletopis.ru", "kazantany.ru", "yakmeridian.ru"}),
        (138, 158)),
    "held-back-109": HeldoutSet(
        heldout109_styles, 110, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"sierramadrediario.com.mx", "radionisaguiigu.org.mx", "tuumbenkiin.org.mx"}),
        (126, 146)),
    "held-back-110": HeldoutSet(
        heldout110_styles, 111, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"uni-sandhorst.de", "ahu.edu.jo", "pwaniasili.or.ke"}),
        (152, 172)),
    "held-back-111": HeldoutSet(
        heldout111_styles, 112, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"glosnadwarcia.pl", "narvabereg.ee", "holoszbeskyd.sk"}),
        (164, 184)),
    "held-back-112": HeldoutSet(
        heldout112_styles, 113, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"ekodailytimes.com.ng", "ledjoliba.ml", "saloumfm.sn"}),
        (132, 152)),
    "held-back-113": HeldoutSet(
        heldout113_styles, 114, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"finanzkurier-main.de", "vepardarpan.in", "dairytrader.co.nz"}),
        (165, 185)),
    "held-back-114": HeldoutSet(
        heldout114_styles, 115, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"diariogoleada.es", "koranile.com", "clgbaileantobair.ie"}),
        (140, 160)),
    "held-back-115": HeldoutSet(
        heldout115_styles, 116, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"saikai-np.co.jp", "selbemedee.mn", "hoosiann.tw"}),
        (145, 165)),
    "held-back-116": HeldoutSet(
        heldout116_styles, 117, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"dagsposten.no", "frettaveitan.is", "cuovga.no"}),
        (149, 169)),
    "held-back-117": HeldoutSet(
        heldout117_styles, 118, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"pavnaprahar.com", "rushikulyakhabar.com", "suratcitypulse.in"}),
        (145, 165)),
    "held-back-118": HeldoutSet(
        heldout118_styles, 119, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"lecourriermosan.be", "bxlquartiers.be", "nunavikullumi.ca"}),
        (139, 159)),
    "held-back-119": HeldoutSet(
        heldout119_styles, 120, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"pasigcourier.com.ph", "bindaochenbao.com.my", "noticialoriku.tl"}),
        (134, 154)),
    "held-back-120": HeldoutSet(
        heldout120_styles, 121, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"lakeportcourier.com", "elfarodelvalle.com", "lakaymiami.com"}),
        (140, 160)),
    "held-back-121": HeldoutSet(
        heldout121_styles, 122, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"iocr.int", "wendelstadt.de", "mulheresdoindico.org.mz"}),
        (146, 166)),
    "held-back-122": HeldoutSet(
        heldout122_styles, 123, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"glossline.com", "technoteka.pl", "ilbeautycase.it"}),
        (147, 167)),
    "held-back-123": HeldoutSet(
        heldout123_styles, 124, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"meridianpost.com", "egepostasi.com.tr", "dogrulukhatti.org"}),
        (144, 164)),
    "held-back-124": HeldoutSet(
        heldout124_styles, 125, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"healthwisedaily.com", "uni-hohenmark.de", "saludvallealto.gob.mx"}),
        (150, 170)),
    "held-back-125": HeldoutSet(
        heldout125_styles, 126, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"docketledger.com", "lagoslawreporter.com.ng", "rioclarodosul.rs.gov.br"}),
        (141, 161)),
    "held-back-126": HeldoutSet(
        heldout126_styles, 127, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"pennywiseguide.co.uk", "borsarehberi.com.tr", "criptopampa.com.ar"}),
        (146, 166)),
    "held-back-127": HeldoutSet(
        heldout127_styles, 128, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"pixelvanguard.com", "igrovoydom.ru", "dianjingquan.com"}),
        (126, 146)),
    "held-back-128": HeldoutSet(
        heldout128_styles, 129, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"skylinebriefing.com", "wahaairways.ae", "vlt-verkehr.de"}),
        (127, 147)),
    "held-back-129": HeldoutSet(
        heldout129_styles, 130, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"farmersledger.co.uk", "kisanvani.in", "slievemorecoop.ie"}),
        (125, 145)),
    "held-back-130": HeldoutSet(
        heldout130_styles, 131, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"crudeline.com", "naftalkhaleej.com", "turbinebrief.com"}),
        (135, 155)),
    "held-back-131": HeldoutSet(
        heldout131_styles, 132, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"quadrangledaily.com", "wakaba-shimbun.jp", "iesrioalberche.es"}),
        (142, 162)),
    "held-back-132": HeldoutSet(
        heldout132_styles, 133, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"circuitledger.com", "kodobaza.ru", "gizmopaddock.com.au"}),
        (136, 156)),
    "held-back-133": HeldoutSet(
        heldout133_styles, 134, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"kqrv7.com", "aigaiotv.gr", "radioceresio.ch"}),
        (131, 151)),
    "held-back-134": HeldoutSet(
        heldout134_styles, 135, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"stagelightreview.co.uk", "cinematecho.jp", "theater-kornmarkt.de"}),
        (140, 160)),
    "held-back-135": HeldoutSet(
        heldout135_styles, 136, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"propertylinenews.co.uk", "akhbaraliqar.com", "wettbewerbsblatt.de"}),
        (143, 163)),
    "held-back-136": HeldoutSet(
        heldout136_styles, 137, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"copperpotkitchen.co.uk", "kindeumthiew.com", "hotelesbrisamar.es"}),
        (134, 154)),
    "held-back-137": HeldoutSet(
        heldout137_styles, 138, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"catholiclantern.co.uk", "nooralhuda.com.kw", "sanjhisangat.ca"}),
        (138, 158)),
    "held-back-138": HeldoutSet(
        heldout138_styles, 139, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"weatherfront.com", "sonaenews.jp", "pyroskopio.gr"}),
        (139, 159)),
    "held-back-139": HeldoutSet(
        heldout139_styles, 140, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"hollistersentinel.com", "anbojournal.co.kr", "calderdynamics.com"}),
        (130, 150)),
    "held-back-140": HeldoutSet(
        heldout140_styles, 141, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"allianceunion.org.uk", "sinistracivica.it", "karookoop.co.za"}),
        (135, 155)),
    "held-back-141": HeldoutSet(
        heldout141_styles, 142, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"glossandgrain.com", "beautynuri.co.kr", "espectaculosya.com.mx"}),
        (140, 160)),
    "held-back-142": HeldoutSet(
        heldout142_styles, 143, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"roadtestreview.co.uk", "direksiyonhaber.com.tr", "autoklubvysocina.cz"}),
        (140, 160)),
    "held-back-143": HeldoutSet(
        heldout143_styles, 144, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"thewalledgarden.co.uk", "erajavesi.fi", "wyebankanglers.org.uk"}),
        (127, 147)),
    "held-back-144": HeldoutSet(
        heldout144_styles, 145, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"commonsdigest.org.uk", "reservaandina.org", "habarizabunge.go.tz"}),
        (144, 164)),
    "held-back-145": HeldoutSet(
        heldout145_styles, 146, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"anchorlinedaily.com", "naftiliakosdromos.gr", "balitangdagat.ph"}),
        (135, 155)),
    "held-back-146": HeldoutSet(
        heldout146_styles, 147, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"thelongmargin.com", "zametkinapolyah.ru", "stacknotes.io"}),
        (139, 159)),
    "held-back-147": HeldoutSet(
        heldout147_styles, 148, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"orebodyweekly.com.au", "mineriaaldia.cl", "metallorynok.ru"}),
        (148, 168)),
    "held-back-148": HeldoutSet(
        heldout148_styles, 149, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"hearthfieldrelief.org.uk", "ghawthrelief.org", "svitlonadii.org.ua"}),
        (139, 159)),
    "held-back-149": HeldoutSet(
        heldout149_styles, 150, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"ashbournecourier.com", "plattelandpos.co.za", "tanodbalita.com"}),
        (144, 164)),
    "held-back-150": HeldoutSet(
        heldout150_styles, 151, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"marqueewire.com", "telinhaplus.com.br", "cinemagil.co.kr"}),
        (143, 163)),
    "held-back-151": HeldoutSet(
        heldout151_styles, 152, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"evergreentributes.com", "kideiesvoreiou.gr", "cillbhreacain.ie"}),
        (135, 165)),
    "held-back-152": HeldoutSet(
        heldout152_styles, 153, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"fourwindsledger.ca", "nuukullumi.gl", "kyzd1180.com"}),
        (126, 146)),
    "held-back-153": HeldoutSet(
        heldout153_styles, 154, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"paddockpost.co.uk", "sortecerta.com.br", "perdekoerant.co.za"}),
        (140, 165)),
    "held-back-154": HeldoutSet(
        heldout154_styles, 155, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"kingsidechess.com", "sakkhirado.hu", "havellaender-rundschau.de"}),
        (144, 164)),
    "held-back-155": HeldoutSet(
        heldout155_styles, 156, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"cedarhollowlocal.com", "wiescizgornej.pl", "hibari-machineta.jp"}),
        (138, 158)),
    "held-back-156": HeldoutSet(
        heldout156_styles, 157, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"lensandlight.com", "grafica-oggi.it", "shashin-techo.jp"}),
        (133, 153)),
    "held-back-157": HeldoutSet(
        heldout157_styles, 158, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"dosewire.com", "iyaku-times.jp", "kurierfarmaceutyczny.pl"}),
        (139, 159)),
    "held-back-158": HeldoutSet(
        heldout158_styles, 159, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"nandaodaily.com.my", "meinanshangbao.co.th", "sainahuabao.fr"}),
        (126, 146)),
    "held-back-159": HeldoutSet(
        heldout159_styles, 160, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"cellarledger.com", "ghvinismacne.ge", "weingut-kellerbach.de"}),
        (138, 158)),
    "held-back-160": HeldoutSet(
        heldout160_styles, 161, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"nestandnurture.co.uk", "ouderkompas.nl", "miembarazohoy.com.mx"}),
        (134, 154)),
    "held-back-161": HeldoutSet(
        heldout161_styles, 162, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"benchandbriefs.com", "horitsushimpo.jp", "actualidadforense.es"}),
        (129, 149)),
    "held-back-162": HeldoutSet(
        heldout162_styles, 163, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"aerowiredaily.com", "ajnihanews.com", "ztmlesznow.pl"}),
        (135, 155)),
    "held-back-163": HeldoutSet(
        heldout163_styles, 164, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"pennyalmanac.com", "dengivopros.ru", "songhanbank.com.vn"}),
        (152, 172)),
    "held-back-164": HeldoutSet(
        heldout164_styles, 165, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"helixandorbit.com", "uwaalmond.nl", "hvezdarna-vlcihora.cz"}),
        (135, 155)),
    "held-back-165": HeldoutSet(
        heldout165_styles, 166, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"careerlane.co.uk", "joburiazi.ro", "kerjayakini.com.my"}),
        (132, 152)),
    "held-back-166": HeldoutSet(
        heldout166_styles, 167, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"checkpointdispatch.com", "playweek.co.kr", "mikadosoft.co.jp"}),
        (142, 162)),
    "held-back-167": HeldoutSet(
        heldout167_styles, 168, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"tillroll.co.uk", "saltari.co.il", "elaionas-market.gr"}),
        (138, 158)),
    "held-back-168": HeldoutSet(
        heldout168_styles, 169, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"stridelab.com", "fitkale.com.tr", "riadhaleo.co.ke"}),
        (135, 155)),
    "held-back-169": HeldoutSet(
        heldout169_styles, 170, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"marlowhealth.org", "sehatnama.pk", "seriintan.com.my"}),
        (133, 153)),
    "held-back-170": HeldoutSet(
        heldout170_styles, 171, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"coverledger.co.uk", "hokenkeizai.jp", "kanzlei-hollweg.de"}),
        (132, 152)),
    "held-back-171": HeldoutSet(
        heldout171_styles, 172, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"linewatch.co.uk", "sinyalkuat.id", "yildiznet.com.tr"}),
        (130, 155)),
    "held-back-172": HeldoutSet(
        heldout172_styles, 173, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"plumbandlevel.co.uk", "kwadratura.pl", "onjipmag.co.kr"}),
        (143, 163)),
    "held-back-173": HeldoutSet(
        heldout173_styles, 174, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"wattwise.co.uk", "aquabistra.ro", "deyakalliroi.gr"}),
        (136, 156)),
    "held-back-174": HeldoutSet(
        heldout174_styles, 175, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"almanaradaily.com", "spogmainews.af", "crescentweekly.com"}),
        (137, 157)),
    "held-back-175": HeldoutSet(
        heldout175_styles, 176, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"ukrvisnyk.com.ua", "mtkvaripress.ge", "vodiyyangiliklari.uz"}),
        (140, 160)),
    "held-back-176": HeldoutSet(
        heldout176_styles, 177, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"panafricadispatch.com", "tanazena.com", "codkageeska.com"}),
        (129, 149)),
    "held-back-177": HeldoutSet(
        heldout177_styles, 178, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"wealdshirearchives.org.uk", "archifaubroteifi.cymru", "vooremaaselts.ee"}),
        (132, 152)),
    "held-back-178": HeldoutSet(
        heldout178_styles, 179, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"meridiannewswire.com", "kizunapr.jp", "lusoventos.pt"}),
        (147, 167)),
    "held-back-179": HeldoutSet(
        heldout179_styles, 180, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"nordheider-tageblatt.de", "etschtaler.it", "saminatal-zeitung.li"}),
        (144, 164)),
    "held-back-180": HeldoutSet(
        heldout180_styles, 181, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"threatledger.com", "securedaily.co.kr", "cybersentinella.it"}),
        (145, 165)),
    "held-back-181": HeldoutSet(
        heldout181_styles, 182, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"hammerpriceweekly.co.uk", "collectors-shinpo.jp", "klubbslaget.se"}),
        (135, 155)),
    "held-back-182": HeldoutSet(
        heldout182_styles, 183, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"lavozdelvallecentral.com", "kurierpolonijny.com", "flushingzhoukan.com"}),
        (128, 148)),
    "held-back-183": HeldoutSet(
        heldout183_styles, 184, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"kavrishon.co.il", "sawtalmarj.com", "ethioisraelnews.co.il"}),
        (130, 150)),
    "held-back-184": HeldoutSet(
        heldout184_styles, 185, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"longtableaudio.com", "wellenordhafen.de", "omroepkustlicht.nl"}),
        (130, 150)),
    "held-back-185": HeldoutSet(
        heldout185_styles, 186, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"harburyzoo.org.uk", "sakuradai-zoo.jp", "bzvlcihora.cz"}),
        (135, 155)),
    "held-back-186": HeldoutSet(
        heldout186_styles, 187, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"starsandsignsdaily.com", "yildizrehberi.com.tr", "jyotishsagar.in"}),
        (135, 155)),
    "held-back-187": HeldoutSet(
        heldout187_styles, 188, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"ballotlens.com", "kpu-tanjungsarikab.go.id", "psifodeltio.gr"}),
        (139, 159)),
    "held-back-188": HeldoutSet(
        heldout188_styles, 189, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"panelgutterdaily.com", "komanavi.jp", "bulledencre.fr"}),
        (128, 148)),
    "held-back-189": HeldoutSet(
        heldout189_styles, 190, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"kneedownweekly.co.uk", "xehaibanh.vn", "mf-hunsrueck.de"}),
        (132, 152)),
    "held-back-190": HeldoutSet(
        heldout190_styles, 191, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"fairdealwatch.co.uk", "forbrukernemndanord.no", "hanurisobija.or.kr"}),
        (141, 161)),
    "held-back-191": HeldoutSet(
        heldout191_styles, 192, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"solderandsprocket.com", "monozukuri-lab.jp", "jsra.fi"}),
        (144, 164)),
    "held-back-192": HeldoutSet(
        heldout192_styles, 193, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"confettiedit.co.uk", "nyfikostefani.gr", "grahamelati.co.id"}),
        (154, 174)),
    "held-back-193": HeldoutSet(
        heldout193_styles, 194, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"thedailycommute.co.uk", "hanbitmetro.co.kr", "upatyakabus.com.np"}),
        (148, 168)),
    "held-back-194": HeldoutSet(
        heldout194_styles, 195, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"pawprintweekly.co.uk", "tearmannchonamara.ie", "vtepetclinic.la"}),
        (130, 150)),
    "held-back-195": HeldoutSet(
        heldout195_styles, 196, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"respawnledger.com", "kiberpult.ru", "youxiqianxian.com"}),
        (135, 155)),
    "held-back-196": HeldoutSet(
        heldout196_styles, 197, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"fairworkunion.org.uk", "ghaqdaport.org.mt", "sromikbarta.org.bd"}),
        (125, 145)),
    "held-back-197": HeldoutSet(
        heldout197_styles, 198, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"ipledger.com", "chizai-jiho.jp", "ipohliad.com.ua"}),
        (144, 164)),
    "held-back-198": HeldoutSet(
        heldout198_styles, 199, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"wealdshirefire.gov.uk", "pyronea.gr", "bipadkhabar.com"}),
        (149, 169)),
    "held-back-199": HeldoutSet(
        heldout199_styles, 200, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"swapyard.co.uk", "dukkanak.com", "targulbun.ro"}),
        (149, 169)),
    "held-back-200": HeldoutSet(
        heldout200_styles, 201, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"islandclarion.com.jm", "radiotalofa.ws", "vilavoice.vu"}),
        (134, 154)),
    "held-back-201": HeldoutSet(
        heldout201_styles, 202, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"boundaryedge.co.uk", "wicketnama.pk", "littlehadleycc.org.uk"}),
        (133, 153)),
    "held-back-202": HeldoutSet(
        heldout202_styles, 203, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"fieldandquarry.org.uk", "omshoracko.cz", "ld-vrhovlje.si"}),
        (138, 158)),
    "held-back-203": HeldoutSet(
        heldout203_styles, 204, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"reelverdict.co.uk", "namayenazdik.ir", "kinozorza.pl"}),
        (142, 162)),
    "held-back-204": HeldoutSet(
        heldout204_styles, 205, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"pitchwayclub.org.uk", "tatranskechaty.sk", "midorino-camp.jp"}),
        (136, 156)),
    "held-back-205": HeldoutSet(
        heldout205_styles, 206, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"larkspurreview.co.uk", "madarat-adab.com", "mothhour.net"}),
        (128, 148)),
    "held-back-206": HeldoutSet(
        heldout206_styles, 207, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"freightlineweekly.co.uk", "lojistikhatti.com.tr", "haitongda56.com"}),
        (134, 154)),
    "held-back-207": HeldoutSet(
        heldout207_styles, 208, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"waymarkrelief.org", "habereta.net", "dobrosusidstvo.org.ua"}),
        (128, 148)),
    "held-back-208": HeldoutSet(
        heldout208_styles, 209, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"harwell.gov.uk", "pamariosav.lt", "kokterek-akimat.kz"}),
        (134, 154)),
    "held-back-209": HeldoutSet(
        heldout209_styles, 210, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"orbitdispatch.com", "nojumemrooz.ir", "kitanosora-tenmon.jp"}),
        (130, 150)),
    "held-back-210": HeldoutSet(
        heldout210_styles, 211, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"saltmarshbirding.co.uk", "saewasaram.kr", "kittiwakepoint.org.uk"}),
        (136, 156)),
    "held-back-211": HeldoutSet(
        heldout211_styles, 212, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"laterlifemonthly.co.uk", "syntaxisimera.gr", "oyvuthiyarkural.org"}),
        (137, 157)),
    "held-back-212": HeldoutSet(
        heldout212_styles, 213, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"opendoordisability.org.uk", "kolhashivyon.org.il", "weissenau.de"}),
        (132, 152)),
    "held-back-213": HeldoutSet(
        heldout213_styles, 214, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"wealdmoorscouts.org.uk", "sautiyaskauti.or.ke", "strediskojavor.cz"}),
        (133, 153)),
    "held-back-214": HeldoutSet(
        heldout214_styles, 215, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"wyebrookwater.co.uk", "suhoolwater.jo", "zalajosla.lv"}),
        (133, 153)),
    "held-back-215": HeldoutSet(
        heldout215_styles, 216, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"visitnorthmoor.co.uk", "austurvegur.is", "doimoktravel.com"}),
        (138, 158)),
    "held-back-216": HeldoutSet(
        heldout216_styles, 217, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"brightwaterenglish.co.uk", "hanbityuhak.co.kr", "anhnguhaidang.edu.vn"}),
        (134, 154)),
    "held-back-217": HeldoutSet(
        heldout217_styles, 218, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"rememberlane.com", "cintorinybrezany.sk", "seohafuneral.co.kr"}),
        (131, 151)),
    "held-back-218": HeldoutSet(
        heldout218_styles, 219, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"hillcresthealth.org", "nakheelhealth.ae", "kuusijarventerveys.fi"}),
        (141, 161)),
    "held-back-219": HeldoutSet(
        heldout219_styles, 220, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"wrexford.ac.uk", "usharon.ac.il", "fz-moorland.de"}),
        (128, 148)),
    "held-back-220": HeldoutSet(
        heldout220_styles, 221, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"vintageledger.co.uk", "bunazena.com.et", "hollowbeckbrewery.co.uk"}),
        (135, 155)),
    "held-back-221": HeldoutSet(
        heldout221_styles, 222, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"harbourmere.co.uk", "banknadwislanski.pl", "meghnasanchay.com.bd"}),
        (149, 169)),
    "held-back-222": HeldoutSet(
        heldout222_styles, 223, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"furlongreport.co.uk", "turf-sokuho.jp", "scealachapaill.ie"}),
        (130, 150)),
    "held-back-223": HeldoutSet(
        heldout223_styles, 224, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"pottingshedweekly.co.uk", "dosinongup.co.kr", "garddwyrteifi.cymru"}),
        (125, 145)),
    "held-back-224": HeldoutSet(
        heldout224_styles, 225, _MEDLAR, 277, "Folio", "Rondeau",
        frozenset({"lardertrust.org.uk", "allilegyi-thermaikou.gr", "kusinangpagasa.org"}),
        (132, 152)),
}


def bodies(name: str, n: int) -> list[GoldBody]:
    """`n` made-up article bodies for set `name`, the first line the title."""
    spec = SETS[name]
    rng = random.Random(spec.body_seed)
    out = []
    for i in range(n):
        title = f"{spec.title} {i}: " + " ".join(rng.choices(spec.words, k=5))
        lines = [title] + [f"{spec.paragraph} {i}.{j} " + " ".join(rng.choices(spec.words, k=20))
                           + "." for j in range(rng.randint(3, 9))]
        out.append(GoldBody(f"fake/{i}", title, tuple(lines), True))
    return out


@cache
def corpus(name: str) -> Corpus:
    """Set `name`'s corpus on `N_BODIES` made-up bodies, generated once per session."""
    spec = SETS[name]
    return generate(bodies(name, N_BODIES), set_styles(name), seed=spec.seed)


def planted_docs(name: str) -> list[PlantedDoc]:
    """Set `name`'s planted articles (`corpus`)."""
    return corpus(name).docs


def norm(text: str) -> str:
    """`text` with runs of white space as one space (undoes the doubled-space small edit)."""
    return " ".join(text.split())


def mostly(texts: list[str], pattern: str, share: float = 0.75) -> None:
    """Some texts, and at least `share` of them (small edits aside) match `pattern`."""
    hits = sum(bool(re.search(pattern, norm(t))) for t in texts)
    assert texts and hits >= share * len(texts), (pattern, texts[:3])


def mostly_full(texts: list[str], pattern: str) -> None:
    """Some texts, and at least 3/4 of them (small edits aside) match `pattern` whole."""
    mostly(texts, f"^(?:{pattern})$")


@cache
def style_by_domain(name: str) -> dict[str, PublisherStyle]:
    """Set `name`'s styles by domain, built once (some of them hold a wording per day)."""
    return {s.domain: s for s in SETS[name].styles()}


def set_styles(name: str) -> list[PublisherStyle]:
    """Set `name`'s styles, largest publisher first (built once: `style_by_domain`)."""
    return list(style_by_domain(name).values())


def template(name: str, domain: str, family: str, day: dt.date) -> str:
    """The wording of `family` at set `name`'s `domain` on `day`, slots unfilled (fast, for
    day walks)."""
    return style_by_domain(name)[domain].family(family).wording(day)


@cache
def wordings_by_start(name: str, domain: str, family: str) -> tuple[list[str], list[str]]:
    """The days (ISO) `family` at set `name`'s `domain` changes wording on, and the wording
    from each, in order (once per session, for `wording_on`)."""
    wordings = style_by_domain(name)[domain].family(family).wordings
    return [start for start, _ in wordings], [text for _, text in wordings]


def wording_on(name: str, domain: str, family: str, day: dt.date) -> str:
    """The wording of `family` at set `name`'s `domain` on `day`, looked up by bisection (for
    day walks)."""
    starts, texts = wordings_by_start(name, domain, family)
    return texts[max(0, bisect_right(starts, day.isoformat()) - 1)]


def assert_look_ups_agree(name: str, cases: Iterable[tuple[str, str]],
                          days: Iterable[dt.date]) -> None:
    """Each (domain, family)'s start days are in order and distinct, and `wording_on` gives the
    generator's wording on each of `days`."""
    days = tuple(days)
    for domain, family in cases:
        starts, _ = wordings_by_start(name, domain, family)
        assert starts == sorted(starts) and len(set(starts)) == len(starts), (domain, family)
        for day in days:
            assert wording_on(name, domain, family, day) == template(name, domain, family, day)


def assert_reworded_on(name: str,
                       cases: Iterable[tuple[str, str, dt.date, str, str]]) -> None:
    """Each (domain, family, day, old, new): the wording the day before `day` has `old` and
    not `new`, the wording on `day` has `new`."""
    for domain, family, day, old, new in cases:
        before = wording_on(name, domain, family, day - dt.timedelta(days=1))
        after = wording_on(name, domain, family, day)
        assert old in before and new not in before, (domain, family, before)
        assert new in after, (domain, family, after)


def assert_groups_in_script(name: str, cases: Iterable[tuple[str, str, str]]) -> None:
    """Each (style, family, script): the group has lines and every one matches `script`."""
    for style, family, script in cases:
        lines = group_lines(name, style, family)
        assert lines and all(re.search(script, t) for t in lines), (style, family)


def assert_groups_in_scripts(name: str, cases: Iterable[tuple[str, str, tuple[str, ...]]],
                             share: float = 1.0) -> None:
    """Each (style, family, scripts): the group has lines and at least `share` of them match
    every pattern of `scripts`."""
    for style, family, scripts in cases:
        lines = group_lines(name, style, family)
        assert lines and sum(all(re.search(s, t) for s in scripts) for t in lines) >= (
            share * len(lines)), (style, family)


def wording_changes(name: str, domain: str, family: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of `family` at set `name`'s `domain` differs
    from the day before's."""
    one = dt.timedelta(days=1)
    return {day for day in every_day()
            if wording_on(name, domain, family, day) != wording_on(name, domain, family, day - one)}


def wording_matches(name: str, domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the wordings of `family` at set `name`'s `domain`
    from 2015 to 2020."""
    return {m[1] for day in every_day()
            if (m := re.search(pattern, wording_on(name, domain, family, day)))}


def every_day() -> list[dt.date]:
    """Every day from 2015 to 2020."""
    first, last = dt.date(2015, 1, 1), dt.date(2020, 12, 31)
    return [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]


def pool_in_order(name: str, domain: str, pool_name: str) -> tuple[str, ...]:
    """The values of pool `pool_name` of set `name`'s style `domain`, in the order the style
    lists them."""
    return style_by_domain(name)[domain].pools[pool_name]


@cache
def pool(name: str, domain: str, pool_name: str) -> frozenset[str]:
    """The values of pool `pool_name` of set `name`'s style `domain` (once per session: the
    checks ask for a pool once per value they test, and building a set's styles takes a
    second)."""
    return frozenset(style_by_domain(name)[domain].pools[pool_name])


@cache
def style_of(name: str) -> dict[str, str]:
    """Set `name`'s publisher domain -> the domain of the style it was made from (itself or a
    variant's)."""
    styles = list(style_by_domain(name))
    return {p.domain: styles[i % len(styles)] for i, p in enumerate(corpus(name).publishers)}


def group_docs(name: str, style: str) -> list[PlantedDoc]:
    """Set `name`'s articles of `style` and of its renamed variants ("the style's group")."""
    return [d for d in planted_docs(name) if style_of(name)[d.publisher] == style]


def group_lines(name: str, style: str, family: str) -> list[str]:
    """The texts of `family` in the articles of `style` and of its renamed variants."""
    return [line.text for d in group_docs(name, style) for line in d.lines
            if line.is_boilerplate and label_family(line.label) == family]


def by_family(docs: list[PlantedDoc]) -> dict[str, list[str]]:
    """The boilerplate lines' texts by "publisher/family", one entry per line."""
    out: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for line in doc.lines:
            if line.is_boilerplate:
                out[line.label.removeprefix("boilerplate:")].append(line.text)
    return out


def assert_groups_mostly_bare(name: str, cases: Iterable[tuple[str, str, str]]) -> None:
    """Per (style, family, bare): the family's lines in the style's group are mostly (60%,
    small edits aside) the bare line, its other wordings rarer."""
    for style, family, bare in cases:
        group = [norm(t) for t in group_lines(name, style, family)]
        assert group and group.count(bare) >= 0.6 * len(group), family


def assert_groups_marked(name: str, cases: Iterable[tuple[str, str, str]]) -> None:
    """Per (style, family, mark): every line of the family in the style's group opens with
    the mark (a symbol or emoji)."""
    for style, family, mark in cases:
        group = group_lines(name, style, family)
        assert group and all(t.startswith(mark) for t in group), (style, family)


def assert_values_from_pool(name: str, fams: dict[str, list[str]],
                            cases: Iterable[tuple[str, str]]) -> None:
    """Per (family, pool): every text of the family ("<domain>/<family>" in `fams`) is a
    value of the domain's pool (small edits aside)."""
    for fam, pool_name in cases:
        texts = {norm(t) for t in fams[fam]}
        assert texts and texts <= pool(name, fam.partition("/")[0], pool_name), fam


def assert_group_values_from_pool(name: str, cases: Iterable[tuple[str, str, str]]) -> None:
    """Per (style, family, pool): every line of the family in the style's group is a value
    of the style's pool (small edits aside): a kicker drawn from a set of sections."""
    for style, family, pool_name in cases:
        kickers = {norm(t) for t in group_lines(name, style, family)}
        assert kickers and kickers <= pool(name, style, pool_name), (style, family)


def rendered(name: str, domain: str, family: str, date: dt.date) -> str:
    """The wording of `family` at `domain` on `date`, slots filled for the first body."""
    style = style_by_domain(name)[domain]
    plan = _Plan(style, 0, bodies(name, 1)[0], date, style.sections[0])
    values = _slots(plan, ["Ada Brook"], ["One title"], random.Random(0))
    return style.family(family).wording(date).format_map(values)


def assert_reworded(fams: dict[str, list[str]],
                     cases: Iterable[tuple[str, str, str]]) -> None:
    """Each family (`fams`' key) shows both its old and its new wording somewhere."""
    for fam, old, new in cases:
        texts = {norm(t) for t in fams[fam]}
        assert any(old in t for t in texts) and any(new in t for t in texts), fam


def assert_groups_reworded(name: str, cases: Iterable[tuple[str, str, str, str]]) -> None:
    """Each (style, family) shows both its old and its new wording in the style's group."""
    for style, family, old, new in cases:
        group = [norm(t) for t in group_lines(name, style, family)]
        assert any(old in t for t in group) and any(new in t for t in group), (style, family)


def ascii_digits(text: str, digits: str) -> str:
    """`text` with a script's numerals (`digits`, zero to nine) as ASCII digits."""
    return "".join(str(digits.index(c)) if c in digits else c for c in text)


def assert_varied(fams: dict[str, list[str]], families: Iterable[str]) -> None:
    """Slots (dates, authors, titles, numbers, pools) give each family 5+ distinct texts."""
    for fam in families:
        assert len(set(fams[fam])) >= 5, fam


def assert_more_texts_than_wordings(name: str, fams: dict[str, list[str]],
                                    fixed: Iterable[str]) -> None:
    """Small edits: the fixed notices `fixed` together show more texts than wordings."""
    fixed = tuple(fixed)
    wordings = {f"{s.domain}/{f.name}": len(f.wordings) for s in SETS[name].styles()
                for f in s.families}
    assert sum(len(set(fams[f])) for f in fixed) > sum(wordings[f] for f in fixed)


def assert_carried_share(docs: list[PlantedDoc], publisher: str,
                         shares: Iterable[tuple[str, float, float]]) -> None:
    """Each (family, low, high): strictly between low and high of `publisher`'s articles
    carry a line of the family."""
    own = [d for d in docs if d.publisher == publisher]
    for fam, low, high in shares:
        carried = sum(any(line.label.endswith(f"/{fam}") for line in d.lines) for d in own)
        assert low * len(own) < carried < high * len(own), fam


def assert_sister_sites_share(name: str, cases: Iterable[tuple[str, str, str]]) -> None:
    """Each (style, family, text): the line, word for word, is printed by two or more
    publishers of the style's group (a network's line that does not name the site)."""
    for style, family, text in cases:
        publishers = {doc.publisher for doc in group_docs(name, style) for line in doc.lines
                      if label_family(line.label) == family and norm(line.text) == text}
        assert len(publishers) >= 2, (style, family, publishers)


def assert_once_per_page(name: str, cases: Iterable[tuple[str, str]]) -> None:
    """Each (style, family): no page of the style's group prints the family twice."""
    for style, family in cases:
        counts = [sum(label_family(line.label) == family for line in doc.lines)
                  for doc in group_docs(name, style)]
        assert max(counts) == 1, (style, family)


def assert_rare_families(name: str, families: Iterable[tuple]) -> None:
    """Each (style, family[, most]): the rare lines sit on a few pages of the style's group,
    at most `most` (or 4, or 12% of the group if more), and on 1 to 10% of a group of 150
    or more; on the smaller groups together, on at least three pages."""
    small = 0
    for style, family, *bound in families:
        docs = group_docs(name, style)
        carried = sum(any(label_family(line.label) == family for line in doc.lines)
                      for doc in docs)
        most = bound[0] if bound else max(4, 0.12 * len(docs))
        assert carried <= most, (style, family, carried)
        if len(docs) >= 150:
            assert 1 <= carried <= max(1, 0.1 * len(docs)), (style, family, carried)
        else:
            small += carried
    assert small >= 3


def per_doc(docs: list[PlantedDoc], family: str) -> list[int]:
    """How many lines labelled "...`family`" (a "publisher/family") each article has."""
    return [sum(line.label.endswith(family) for line in d.lines) for d in docs]


def own_title_lines(docs: list[PlantedDoc], family: str) -> list[tuple[str, str]]:
    """(the article's title, the line's text) for each line labelled "...`family`"."""
    return [(d.lines[0].text, line.text) for d in docs for line in d.lines
            if line.label.endswith(family)]


def assert_links_to_other_titles(docs: list[PlantedDoc], fams: dict[str, list[str]],
                                 links: Iterable[tuple[str, str]]) -> None:
    """Each "publisher/family" of `links` ("related", "read also") mostly starts with its
    prefix and links other articles' titles, never the article's own."""
    titles = {doc.lines[0].text for doc in docs}
    families = set()
    for fam, prefix in links:
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefix) for t in texts) >= 0.9 * len(texts), fam
        assert {t.removeprefix(prefix) for t in texts} & titles, fam
        families.add(fam.partition("/")[2])
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def assert_blocks_stay_together(docs: list[PlantedDoc],
                                blocks: dict[str, tuple[list[str], int]]) -> None:
    """Each line of a block has its own share, so an article carries some or all of them,
    always adjacent and in the block's order; some article carries at least `want` of them.
    `blocks`: publisher -> (the block's families in order, want)."""
    for publisher, (block, want) in blocks.items():
        _assert_block([d for d in docs if d.publisher == publisher], block, want, publisher)


def assert_group_blocks_stay_together(name: str,
                                      blocks: dict[str, tuple[list[str], int]]) -> None:
    """As `assert_blocks_stay_together`, over each style's group (the style and its renamed
    variants): `blocks`: style domain -> (the block's families in order, want)."""
    for style, (block, want) in blocks.items():
        _assert_block(group_docs(name, style), block, want, style)


def _assert_block(docs: list[PlantedDoc], block: list[str], want: int, where: str) -> None:
    longest = 0
    for doc in docs:
        names = [label_family(line.label) for line in doc.lines]
        present = [n for n in names if n in block]
        if present:
            start = names.index(present[0])
            assert names[start:start + len(present)] == present, where
            assert present == [n for n in block if n in present], where
            longest = max(longest, len(present))
    assert longest >= want, where


def assert_variants_drop_site_names(name: str, sites: Iterable[str], min_lines: int) -> None:
    """The 28 renamed variants of set `name` print none of the original sites' names
    (`sites`) in their boilerplate, of which they carry more than `min_lines` lines."""
    originals = {s.domain for s in SETS[name].styles()}
    variants = [d for d in planted_docs(name) if d.publisher not in originals]
    assert len({d.publisher for d in variants}) == 28
    lines = [(d.publisher, line.text) for d in variants for line in d.lines
             if line.is_boilerplate]
    assert len(lines) > min_lines
    for publisher, text in lines:
        for site in sites:
            assert site not in text, (publisher, text)

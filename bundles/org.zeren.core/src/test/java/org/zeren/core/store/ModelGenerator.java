package org.zeren.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.LegalReference;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.Recurrence;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;

/**
 * Builds large, realistic-looking models for the crash test and the benchmark: departments with posts, one duty
 * list per department, duties (responsibilities, powers, obligations) with Chinese text, a legal reference each,
 * {@code delegatedFrom} to a duty of an earlier department and two supervising parties. Deterministic for a seed.
 */
public final class ModelGenerator {

    private static final int DUTIES_PER_LIST = 28;

    private ModelGenerator() {
    }

    /**
     * Fills an empty model root with about {@code objects} elements (the root included, a little more at most).
     *
     * @return the number of elements created, including the root
     */
    public static int fill(ResponsibilityModel model, int objects, long seed) {
        ZerenFactory f = ZerenFactory.eINSTANCE;
        Random random = new Random(seed);
        int count = 1;
        List<LegalBasis> bases = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            LegalBasis basis = f.createLegalBasis();
            basis.setTitle("中华人民共和国安全生产法（第" + i + "号）");
            basis.setKind(LegalBasisKind.get(i % LegalBasisKind.VALUES.size()));
            basis.setCode("GB/T " + (33000 + i) + "-2016");
            model.getLegalBases().add(basis);
            bases.add(basis);
            count++;
        }
        List<Party> parties = new ArrayList<>();
        List<Duty> duties = new ArrayList<>();
        int department = 0;
        while (count < objects) {
            Department d = f.createDepartment();
            d.setName("绿建区第" + department + "科室");
            d.setSupervisory(department % 3 == 0);
            d.setCode("D" + department);
            model.getParties().add(d);
            count++;
            for (int p = 0; p < 2; p++) {
                Post post = f.createPost();
                post.setName(p == 0 ? "科长" : "安全管理员");
                post.setKind(p == 0 ? PostKind.PRINCIPAL_LEADER : PostKind.SAFETY_MANAGER);
                d.getChildren().add(post);
                parties.add(post);
                count++;
            }
            parties.add(d);
            DutyList list = f.createDutyList();
            list.setName(d.getName() + "责任清单");
            list.setKind(DutyListKind.RESPONSIBILITY_LIST);
            list.setHolder(d);
            model.getDutyLists().add(list);
            count++;
            for (int k = 0; k < DUTIES_PER_LIST && count < objects; k++) {
                Duty duty = switch (k % 3) {
                    case 0 -> f.createResponsibility();
                    case 1 -> f.createPower();
                    default -> f.createObligation();
                };
                duty.setCode(department + "-" + k);
                duty.setTitle("督促检查生产经营单位落实安全生产主体责任" + k);
                duty.setText("依法对本行业领域生产经营单位开展监督检查，督促其建立健全隐患排查治理制度，落实“一岗双责”。");
                duty.setRecurrence(Recurrence.get(k % Recurrence.VALUES.size()));
                if (!duties.isEmpty()) {
                    duty.setDelegatedFrom(duties.get(random.nextInt(duties.size())));
                }
                duty.getSupervisingParties().add(parties.get(random.nextInt(parties.size())));
                duty.getSupervisingParties().add(parties.get(random.nextInt(parties.size())));
                LegalReference reference = f.createLegalReference();
                reference.setBasis(bases.get(random.nextInt(bases.size())));
                reference.setArticle(1 + random.nextInt(100));
                duty.getLegalReferences().add(reference);
                list.getDuties().add(duty);
                duties.add(duty);
                count += 2;
            }
            department++;
        }
        return count;
    }
}

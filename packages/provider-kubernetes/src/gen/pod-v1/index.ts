// generated from terraform resource schema

import { PodV1Metadata, 
podV1MetadataToTerraform, 
podV1MetadataToHclTerraform, 
PodV1MetadataOutputReference, 
PodV1Spec, 
podV1SpecToTerraform, 
podV1SpecToHclTerraform, 
PodV1SpecOutputReference, 
PodV1Timeouts, 
podV1TimeoutsToTerraform, 
podV1TimeoutsToHclTerraform, 
PodV1TimeoutsOutputReference} from './index-structs/index.js'
export * from './index-structs/index.js'
import { Construct } from '@codex-coder/cdk';
import * as cdktf from '@codex-coder/cdk';
export interface PodV1Config extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/pod_v1#id PodV1#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * A list of the pod phases that indicate whether it was successfully created. Options: "Pending", "Running", "Succeeded", "Failed", "Unknown". Default: "Running". More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/pod_v1#target_state PodV1#target_state}
  */
  readonly targetState?: string[];
  /**
  * metadata block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/pod_v1#metadata PodV1#metadata}
  */
  readonly metadata: PodV1Metadata;
  /**
  * spec block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/pod_v1#spec PodV1#spec}
  */
  readonly spec: PodV1Spec;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/pod_v1#timeouts PodV1#timeouts}
  */
  readonly timeouts?: PodV1Timeouts;
}

/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/pod_v1 kubernetes_pod_v1}
*/
export class PodV1 extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "kubernetes_pod_v1";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a PodV1 resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the PodV1 to import
  * @param importFromId The id of the existing PodV1 that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/pod_v1#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the PodV1 to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "kubernetes_pod_v1", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/resources/pod_v1 kubernetes_pod_v1} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options PodV1Config
  */
  public constructor(scope: Construct, id: string, config: PodV1Config) {
    super(scope, id, {
      terraformResourceType: 'kubernetes_pod_v1',
      terraformGeneratorMetadata: {
        providerName: 'kubernetes',
        providerVersionConstraint: '>= 2.7.0, < 4.0.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._id = config.id;
    this._targetState = config.targetState;
    this._metadata.internalValue = config.metadata;
    this._spec.internalValue = config.spec;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id(): string {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId(): void {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput(): string | undefined {
    return this._id;
  }

  // target_state - computed: false, optional: true, required: false
  private _targetState?: string[]; 
  public get targetState(): string[] {
    return this.getListAttribute('target_state');
  }
  public set targetState(value: string[]) {
    this._targetState = value;
  }
  public resetTargetState(): void {
    this._targetState = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetStateInput(): string[] | undefined {
    return this._targetState;
  }

  // metadata - computed: false, optional: false, required: true
  private _metadata = new PodV1MetadataOutputReference(this, "metadata");
  public get metadata(): PodV1MetadataOutputReference {
    return this._metadata;
  }
  public putMetadata(value: PodV1Metadata): void {
    this._metadata.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get metadataInput(): PodV1Metadata | undefined {
    return this._metadata.internalValue;
  }

  // spec - computed: false, optional: false, required: true
  private _spec = new PodV1SpecOutputReference(this, "spec");
  public get spec(): PodV1SpecOutputReference {
    return this._spec;
  }
  public putSpec(value: PodV1Spec): void {
    this._spec.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get specInput(): PodV1Spec | undefined {
    return this._spec.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new PodV1TimeoutsOutputReference(this, "timeouts");
  public get timeouts(): PodV1TimeoutsOutputReference {
    return this._timeouts;
  }
  public putTimeouts(value: PodV1Timeouts): void {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts(): void {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput(): PodV1Timeouts | cdktf.IResolvable | undefined {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      target_state: cdktf.listMapper(cdktf.stringToTerraform, false)(this._targetState),
      metadata: podV1MetadataToTerraform(this._metadata.internalValue),
      spec: podV1SpecToTerraform(this._spec.internalValue),
      timeouts: podV1TimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      target_state: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._targetState),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      metadata: {
        value: podV1MetadataToHclTerraform(this._metadata.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "PodV1MetadataList",
      },
      spec: {
        value: podV1SpecToHclTerraform(this._spec.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "PodV1SpecList",
      },
      timeouts: {
        value: podV1TimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "PodV1Timeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
